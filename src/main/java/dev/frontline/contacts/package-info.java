/**
 * Customers: who they are (names, company, language, tier, value, custom attributes, notes) and how
 * each channel knows them (emails, phones and channel identities, unique per workspace). Owns merging
 * and erasing contacts and publishes {@link dev.frontline.contacts.ContactCreated},
 * {@link dev.frontline.contacts.ContactsMerged} and {@link dev.frontline.contacts.ContactErased}.
 */
@NullMarked
package dev.frontline.contacts;

import org.jspecify.annotations.NullMarked;
