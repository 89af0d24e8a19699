/**
 * Audit log of administrative actions: who changed users, teams, tokens, webhooks, merged or erased
 * contacts, and when. Other modules record through {@link dev.frontline.audit.AuditTrail}; admins read it
 * through the API.
 */
@NullMarked
package dev.frontline.audit;

import org.jspecify.annotations.NullMarked;
