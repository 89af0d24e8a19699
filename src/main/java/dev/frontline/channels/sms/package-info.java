/**
 * SMS through a Twilio-compatible provider (Twilio, SignalWire, Telnyx's Twilio-compatible API): the signed
 * form-encoded webhooks for customer messages and status callbacks, opt-out keywords, and the Messages REST API
 * replies go out through.
 */
@NullMarked
package dev.frontline.channels.sms;

import org.jspecify.annotations.NullMarked;
