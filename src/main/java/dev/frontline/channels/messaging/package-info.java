/**
 * What the messaging channels (SMS, WhatsApp, Messenger, Instagram) share: customer numbers in E.164, the inbox
 * settings with their sealed provider credentials, the reply rules (opt-out, Meta's windows), the durable outbox
 * of replies and its sender, signed links to outgoing media, provider status reports, and the webhooks' public
 * security chain.
 */
@NullMarked
package dev.frontline.channels.messaging;

import org.jspecify.annotations.NullMarked;
