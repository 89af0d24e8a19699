/**
 * Data-subject requests: export everything held about a contact, and erase a contact (identities
 * removed, message contents and attachments wiped, conversation statistics kept anonymously).
 * Orchestrates contacts and conversations; every request is audited.
 */
@NullMarked
package dev.frontline.privacy;

import org.jspecify.annotations.NullMarked;
