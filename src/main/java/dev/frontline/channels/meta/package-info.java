/**
 * Facebook Messenger and Instagram messaging through Meta's Messenger Platform: the {@code hub.challenge}
 * handshake and the signed webhooks ({@code object: page} / {@code object: instagram}) carrying customer messages,
 * postbacks, echoes and delivery and read watermarks, and the Send API replies go out through, within Meta's
 * standard messaging window or tagged {@code HUMAN_AGENT} after it.
 */
@NullMarked
package dev.frontline.channels.meta;

import org.jspecify.annotations.NullMarked;
