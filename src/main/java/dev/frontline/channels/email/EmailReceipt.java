package dev.frontline.channels.email;

import java.util.UUID;

/**
 * What became of one received email.
 *
 * @param duplicate true when the same message had been stored before (nothing new was stored)
 * @param kind      {@code message}, {@code auto-reply} or {@code bounce}
 */
public record EmailReceipt(UUID conversationId, UUID messageId, boolean duplicate, String kind) {
}
