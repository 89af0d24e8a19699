/**
 * What the channels' durable outboxes share (email's {@code email_outbox}, SMS and WhatsApp's
 * {@code messaging_outbox}): claiming due rows so that nodes never send the same row at once, and recording
 * each attempt's outcome with exponential backoff.
 */
@NullMarked
package dev.frontline.channels.outbox;

import org.jspecify.annotations.NullMarked;
