package dev.frontline.channels.messaging;

import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * What a refusal of Meta's Graph API (Messenger and Instagram Send API, WhatsApp Cloud API) means for the outbox.
 * Meta answers a throttled or passing failure mostly with HTTP 400, so the status alone says little: the
 * {@code error.code} decides. The one place these codes are classified:
 * <ul>
 *   <li><b>Rate limits, tried again</b> with the outbox's backoff (and no sooner than a {@code Retry-After}):
 *   4 (app calls), 17 (user calls), 32 (page calls), 613 (calls per hour), 80000-80099 (business use case
 *   limits, e.g. 80006 Messenger, 80007 WhatsApp Business), 130429 (Cloud API throughput), 131048 (spam rate
 *   limit), 131056 (too many messages to one customer).</li>
 *   <li><b>Transient, tried again</b>: 1 (unknown), 2 (service), 131000 (WhatsApp's "something went wrong"),
 *   131016 (service unavailable), 133004 (server temporarily unavailable), and any error Meta marks
 *   {@code is_transient: true}.</li>
 *   <li><b>Permanent, failed at once</b> with Meta's message on the reply, whatever the HTTP status: for example 100
 *   (bad parameter), 10 and 200-299 (permission), 190 (expired token), 551 (person unavailable), 131047 (the
 *   24-hour window closed), 131026 (undeliverable). Any other code is permanent too, unless the status is 429
 *   or 5xx, which stay worth another try.</li>
 * </ul>
 */
public final class MetaApiErrors {

    private static final Set<Integer> RATE_LIMITS = Set.of(4, 17, 32, 613, 130429, 131048, 131056);
    private static final Set<Integer> TRANSIENT = Set.of(1, 2, 131000, 131016, 133004);
    private static final Set<Integer> PERMANENT = Set.of(10, 100, 190, 551, 131026, 131047);

    private MetaApiErrors() {
    }

    /** The refusal as the reply's failure: retryable or not, with {@code (#code/subcode) message} for the agent. */
    public static MessageProvider.ProviderException refusal(ProviderHttp.Refusal refusal) {
        String detail = refusal.body() == null ? refusal.text() : detail(refusal.body());
        return new MessageProvider.ProviderException("HTTP " + refusal.status() + ": " + detail, retryable(refusal),
                refusal.retryAfter());
    }

    static boolean retryable(ProviderHttp.Refusal refusal) {
        JsonNode error = refusal.body() == null ? null : refusal.body().path("error");
        int code = error == null ? 0 : error.path("code").asInt(0);
        if (PERMANENT.contains(code) || code >= 200 && code < 300) {
            return false;
        }
        return RATE_LIMITS.contains(code) || code >= 80000 && code < 80100 || TRANSIENT.contains(code)
                || error != null && error.path("is_transient").asBoolean(false)
                || refusal.status() == 429 || refusal.status() >= 500;
    }

    /**
     * Meta's error object as the agent sees it on the failed reply: code, subcode, message and, from the Cloud
     * API, its {@code error_data.details} (which says what to do, where the message only names the error).
     */
    public static String detail(JsonNode answer) {
        JsonNode error = answer.path("error");
        String code = error.path("code").asString("");
        String subcode = error.path("error_subcode").asString("");
        // Meta's message often starts with the code already: "(#551) This person isn't available right now."
        String message = error.path("message").asString("").replaceFirst("^\\(#" + Pattern.quote(code) + "\\)\\s*", "");
        String details = error.path("error_data").path("details").asString("");
        return "(#" + code + (subcode.isEmpty() ? "" : "/" + subcode) + ") " + message
                + (details.isEmpty() || details.equals(message) ? "" : ": " + details);
    }
}
