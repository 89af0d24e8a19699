/**
 * What every durable outbox shares (email's {@code email_outbox}, SMS and WhatsApp's {@code messaging_outbox},
 * the webhooks' {@code webhook_deliveries}): claiming due rows so that nodes never send the same row at once,
 * recording each attempt's outcome with exponential backoff, and sending on the outbox's own threads so that a
 * slow destination never holds up the scheduler every timer shares.
 */
@NullMarked
@NamedInterface("outbox")
package dev.frontline.shared.outbox;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
