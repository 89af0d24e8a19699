/**
 * Telephone calls through a Twilio-compatible provider (Twilio, SignalWire LaML, Telnyx TeXML): the signed voice
 * webhooks (greeting, IVR menu choosing a routing queue, waiting with hold music and announcements, callback
 * requests, voicemail, status and recording callbacks), the call's record with its wait, ring, talk and hold
 * times, and the agent's controls that ask the provider's Calls API to bridge, hold, transfer and hang up.
 */
@NullMarked
package dev.frontline.channels.voice;

import org.jspecify.annotations.NullMarked;
