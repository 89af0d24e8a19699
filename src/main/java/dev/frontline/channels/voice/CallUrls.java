package dev.frontline.channels.voice;

import java.util.UUID;

/**
 * The absolute URLs of a voice inbox's webhooks, on the base (scheme, host, port) the provider called. TwiML sent
 * through the REST API has no document URL to resolve relative links against, so every link is absolute.
 */
record CallUrls(String base, UUID inboxId) {

    private String path(String suffix) {
        return base + "/webhooks/voice/" + inboxId + suffix;
    }

    String incoming() {
        return path("");
    }

    String menu() {
        return path("/menu");
    }

    String waiting() {
        return path("/wait");
    }

    String waitingKey() {
        return path("/wait-key");
    }

    String status() {
        return path("/status");
    }

    String dialEnded() {
        return path("/dial-ended");
    }

    String conference() {
        return path("/conference");
    }

    /** Status reports of an agent's leg in the call's conference: the handling agent's or a consulted colleague's. */
    String agentLeg(UUID callId, UUID agentId) {
        return path("/calls/" + callId + "/legs/" + agentId);
    }

    /** Status reports of the contact's leg of an outgoing call, added to its conference once the agent answered. */
    String contactLeg(UUID callId) {
        return path("/calls/" + callId + "/contact");
    }

    /**
     * Where a finished recording of this call is reported. The call is in the path because a conference's
     * recording callback carries the ConferenceSid, not a CallSid.
     */
    String recording(UUID callId) {
        return path("/calls/" + callId + "/recording");
    }

    String voicemailDone() {
        return path("/voicemail-done");
    }
}
