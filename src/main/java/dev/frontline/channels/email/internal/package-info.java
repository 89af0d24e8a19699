/**
 * The inbound email pipeline: parse the raw message ({@link dev.frontline.channels.email.internal.MailParser}),
 * tell auto-replies and bounces from people ({@link dev.frontline.channels.email.internal.AutomatedMailPolicy}),
 * cut quotes and signatures for the thread ({@link dev.frontline.channels.email.internal.QuotedText}),
 * find the conversation ({@link dev.frontline.channels.email.internal.EmailThreading}) and store it once.
 */
@NullMarked
package dev.frontline.channels.email.internal;

import org.jspecify.annotations.NullMarked;
