/**
 * Inboxes, one per channel instance (chat, email, SMS, WhatsApp, Messenger, Instagram, voice, API), and the
 * inbound path that turns a channel's delivery into a stored customer message. Implements the
 * conversations module's {@link dev.frontline.conversations.InboxDirectory}.
 */
@NullMarked
package dev.frontline.channels;

import org.jspecify.annotations.NullMarked;
