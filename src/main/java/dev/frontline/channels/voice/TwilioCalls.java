package dev.frontline.channels.voice;

import dev.frontline.channels.messaging.MessageProvider;
import dev.frontline.channels.messaging.ProviderHttp;
import dev.frontline.shared.UnprocessableException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Twilio's Calls resource, which SignalWire and Telnyx (TeXML) offer under the same paths: changing a live call
 * ({@code POST {apiBaseUrl}/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json} with new {@code Twiml}, or
 * {@code Status=completed} to hang up) and placing one ({@code POST …/Calls.json}). Form-encoded, HTTP Basic with
 * the account SID and auth token. Calls bridged in a conference are changed through its Participants resource. A refusal is a 422 for the agent who asked, with the provider's error.
 */
@Component
class TwilioCalls {

    private final ProviderHttp http;

    TwilioCalls(ProviderHttp http) {
        this.http = http;
    }

    /** Replaces what the live call is doing with {@code twiml}. */
    void update(VoiceSettings.VoiceAccount account, String callSid, String twiml) {
        post(account, "/Calls/" + encode(callSid) + ".json", Map.of("Twiml", twiml));
    }

    void hangUp(VoiceSettings.VoiceAccount account, String callSid) {
        post(account, "/Calls/" + encode(callSid) + ".json", Map.of("Status", "completed"));
    }

    /**
     * Adds a participant to {@code conference}, its sid or its name (by name the provider creates it if need be), by calling
     * them ({@code POST …/Conferences/{name}/Participants.json}); answers the new leg's CallSid.
     */
    String addParticipant(VoiceSettings.VoiceAccount account, String conference, Map<String, String> form) {
        String sid = post(account, "/Conferences/" + encode(conference) + "/Participants.json", form).path("call_sid").asString("");
        if (sid.isEmpty()) {
            throw new UnprocessableException("The voice provider's answer has no participant call sid.");
        }
        return sid;
    }

    /** Changes a participant of a live conference: {@code Muted}, {@code Hold} with {@code HoldUrl}. */
    void updateParticipant(VoiceSettings.VoiceAccount account, String conferenceSid, String callSid, Map<String, String> form) {
        post(account, "/Conferences/" + encode(conferenceSid) + "/Participants/" + encode(callSid) + ".json", form);
    }

    /** Places a call; answers the new call's CallSid. */
    String create(VoiceSettings.VoiceAccount account, Map<String, String> form) {
        String sid = post(account, "/Calls.json", form).path("sid").asString("");
        if (sid.isEmpty()) {
            throw new UnprocessableException("The voice provider's answer has no call sid.");
        }
        return sid;
    }

    private JsonNode post(VoiceSettings.VoiceAccount account, String path, Map<String, String> form) {
        String credentials = Base64.getEncoder().encodeToString(
                (account.accountSid() + ":" + account.authToken()).getBytes(StandardCharsets.UTF_8));
        try {
            return http.exchange(HttpRequest.newBuilder(URI.create(account.apiBaseUrl() + "/2010-04-01/Accounts/"
                                    + encode(account.accountSid()) + path))
                            .header("Authorization", "Basic " + credentials)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form(form))),
                    error -> error.path("code").asString("") + " " + error.path("message").asString(""));
        } catch (MessageProvider.ProviderException e) {
            throw new UnprocessableException("The voice provider refused: " + e.getMessage());
        }
    }

    private static String form(Map<String, String> form) {
        return new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
