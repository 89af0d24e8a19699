package dev.frontline.channels.meta;

import dev.frontline.channels.Channel;
import dev.frontline.channels.messaging.MessageProvider;
import dev.frontline.channels.messaging.MessagingNumbers;
import dev.frontline.channels.messaging.MessagingSettings;
import dev.frontline.channels.messaging.MetaApiErrors;
import dev.frontline.channels.messaging.OutgoingMessage;
import dev.frontline.channels.messaging.ProviderHttp;
import dev.frontline.channels.messaging.ReplyRules;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends Messenger or Instagram replies through Meta's Send API: {@code POST {apiBaseUrl}/{apiVersion}/{page or
 * account id}/messages} with the page access token as bearer and {@code {"recipient": {"id": psid},
 * "messaging_type": "RESPONSE", "message": {"text": …}}}. The window is judged when the reply goes out: within
 * 24 hours of the customer's last message a standard {@code RESPONSE}; until 7 days {@code MESSAGE_TAG} with
 * {@code HUMAN_AGENT}; later the reply fails (Meta would refuse it). A Messenger reply carries its own id as
 * {@code metadata}, which comes back in the page's echo of it. The answer's {@code message_id} (a mid) is the id
 * delivery and read events name. Attachments go out as attachment messages after the text, one each
 * ({@code {"attachment": {"type": "image", "payload": {"url": …, "is_reusable": false}}}}, Meta fetching the
 * signed, expiring link); the first message's id stands for the reply. Refusals are classified by
 * {@link MetaApiErrors}: rate limits and transient errors are tried again, anything else fails the reply.
 */
class SendApi implements MessageProvider {

    static final String ECHO_MARK = "frontline:";

    private final Channel channel;
    private final MessagingSettings settings;
    private final MessagingNumbers numbers;
    private final ProviderHttp http;
    private final JsonMapper json;
    private final Clock clock;

    SendApi(Channel channel, MessagingSettings settings, MessagingNumbers numbers, ProviderHttp http, JsonMapper json,
            Clock clock) {
        this.channel = channel;
        this.settings = settings;
        this.numbers = numbers;
        this.http = http;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public String send(UUID inboxId, OutgoingMessage message) throws ProviderException {
        return send(inboxId, message, Parts.fresh());
    }

    /** The text and each attachment are parts: a retry skips those an earlier attempt got accepted. */
    @Override
    public String send(UUID inboxId, OutgoingMessage message, Parts parts) throws ProviderException {
        MessagingSettings.MetaAccount account = settings.meta(inboxId, channel).orElseThrow(() ->
                new ProviderException("The inbox is no longer a configured " + channel.id() + " inbox.", false));
        boolean noText = message.text() == null || message.text().isBlank();
        if (noText && message.media().isEmpty()) {
            throw new ProviderException("A " + channel.id() + " message needs text.", false);
        }
        Instant now = clock.instant();
        ReplyRules rules = ReplyRules.of(channel, message.to(), numbers.state(inboxId, message.to()), List.of());
        if (!rules.freeTextAllowed(now)) {
            throw new ProviderException("Meta's messaging window is closed: the customer last wrote more than 7 days "
                    + "ago.", false);
        }
        List<Map<String, Object>> contents = new ArrayList<>();
        if (!noText) {
            contents.add(Map.of("text", message.text()));
        }
        for (OutgoingMessage.Media media : message.media()) {
            contents.add(Map.of("attachment", Map.of("type", media.kind(),
                    "payload", Map.of("url", media.url(), "is_reusable", false))));
        }
        for (Map<String, Object> part : contents.subList(Math.min(parts.sent(), contents.size()), contents.size())) {
            Map<String, Object> content = new LinkedHashMap<>(part);
            if (channel == Channel.MESSENGER) {
                content.put("metadata", ECHO_MARK + message.reference());
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("recipient", Map.of("id", message.to()));
            if (rules.windowOpen(now)) {
                body.put("messaging_type", "RESPONSE");
            } else {
                body.put("messaging_type", "MESSAGE_TAG");
                body.put("tag", "HUMAN_AGENT");
            }
            body.put("message", content);
            parts.accepted(post(account, body));
        }
        return Objects.requireNonNull(parts.firstId());
    }

    private String post(MessagingSettings.MetaAccount account, Map<String, Object> body) throws ProviderException {
        JsonNode answer = http.send(HttpRequest.newBuilder(URI.create(account.apiBaseUrl() + "/"
                                + URLEncoder.encode(account.apiVersion(), StandardCharsets.UTF_8) + "/"
                                + URLEncoder.encode(account.accountId(), StandardCharsets.UTF_8) + "/messages"))
                        .header("Authorization", "Bearer " + account.pageAccessToken())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))),
                MetaApiErrors::refusal);
        String id = answer.path("message_id").asString("");
        if (id.isEmpty()) {
            throw new ProviderException("The Send API's answer has no message_id.", true);
        }
        return id;
    }

    /** Meta's error object as the agent sees it: {@link MetaApiErrors#detail}. */
    static String errorDetail(JsonNode answer) {
        return MetaApiErrors.detail(answer);
    }
}
