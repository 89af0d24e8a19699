/**
 * WhatsApp through Meta's WhatsApp Cloud API: the verification handshake and the signed JSON webhooks for customer
 * messages and statuses, the 24-hour customer-service window with approved templates outside it, and the
 * {@code /messages} endpoint replies go out through.
 */
@NullMarked
package dev.frontline.channels.whatsapp;

import org.jspecify.annotations.NullMarked;
