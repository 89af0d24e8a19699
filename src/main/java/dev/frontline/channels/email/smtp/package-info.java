/**
 * Outbound email: agent replies in email inboxes go through a durable outbox ({@code email_outbox}) and are
 * sent by SMTP with retries, threaded to the customer's mail by Message-ID, In-Reply-To, References and the
 * conversation token in the subject.
 */
@NullMarked
package dev.frontline.channels.email.smtp;

import org.jspecify.annotations.NullMarked;
