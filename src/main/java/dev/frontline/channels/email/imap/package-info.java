/**
 * Inbound email by IMAP: each email inbox's folder is fetched by UID, one node at a time, and every new
 * message is handed raw to the {@link dev.frontline.channels.email.EmailReceiver}.
 */
@NullMarked
package dev.frontline.channels.email.imap;

import org.jspecify.annotations.NullMarked;
