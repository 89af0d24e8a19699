/**
 * Inbound email: the {@link dev.frontline.channels.email.EmailReceiver} entry point every email source
 * (IMAP poller, MTA pipe, raw API) hands a raw RFC 5322 message to, and the conversation token format
 * outbound email puts in subjects.
 */
@NullMarked
package dev.frontline.channels.email;

import org.jspecify.annotations.NullMarked;
