/**
 * What the phone-number channels (SMS and WhatsApp) share: customer numbers in E.164, the inbox settings with
 * their sealed provider credentials, the durable outbox of replies and its sender, provider status reports,
 * and the webhooks' public security chain.
 */
@NullMarked
package dev.frontline.channels.messaging;

import org.jspecify.annotations.NullMarked;
