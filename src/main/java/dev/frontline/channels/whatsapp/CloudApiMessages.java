package dev.frontline.channels.whatsapp;

import dev.frontline.channels.Channel;
import dev.frontline.channels.messaging.MessageProvider;
import dev.frontline.channels.messaging.MessagingSettings;
import dev.frontline.channels.messaging.MetaApiErrors;
import dev.frontline.channels.messaging.OutgoingMessage;
import dev.frontline.channels.messaging.ProviderHttp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends WhatsApp replies through the Cloud API: {@code POST {apiBaseUrl}/{apiVersion}/{phoneNumberId}/messages}
 * with the access token as bearer; a {@code text} message inside the customer-service window, a {@code template}
 * message (body variables as text parameters) outside it. Attachments are uploaded ({@link CloudApiMedia}) and
 * go out as media messages by their media {@code id}, one per attachment, the text as the first one's caption
 * (sent on its own before an audio, which takes no caption); the first message's id stands for the reply. The
 * answer's {@code messages[0].id} (a wamid) is the message's id in later status webhooks. Refusals are
 * classified by {@link MetaApiErrors}: rate limits and transient errors are tried again, anything else fails.
 */
@Component
class CloudApiMessages implements MessageProvider {

    private final MessagingSettings settings;
    private final ProviderHttp http;
    private final CloudApiMedia media;
    private final JsonMapper json;

    CloudApiMessages(MessagingSettings settings, ProviderHttp http, CloudApiMedia media, JsonMapper json) {
        this.settings = settings;
        this.http = http;
        this.media = media;
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.WHATSAPP;
    }

    @Override
    public String send(UUID inboxId, OutgoingMessage message) throws ProviderException {
        return send(inboxId, message, Parts.fresh());
    }

    @Override
    public String send(UUID inboxId, OutgoingMessage message, Parts parts) throws ProviderException {
        MessagingSettings.WhatsAppAccount account = settings.whatsApp(inboxId)
                .orElseThrow(() -> new ProviderException("The inbox is no longer a configured WhatsApp inbox.", false));
        if (message.template() == null && !message.media().isEmpty()) {
            return sendMedia(account, message, parts);
        }
        Map<String, Object> body = envelope(message);
        if (message.template() != null) {
            OutgoingMessage.TemplateUse template = message.template();
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("name", template.name());
            content.put("language", Map.of("code", template.language()));
            if (!template.variables().isEmpty()) {
                content.put("components", List.of(Map.of("type", "body", "parameters", template.variables().stream()
                        .map(value -> Map.of("type", "text", "text", value)).toList())));
            }
            body.put("type", "template");
            body.put("template", content);
        } else {
            if (message.text() == null || message.text().isBlank()) {
                throw new ProviderException("A WhatsApp text message needs text.", false);
            }
            body = text(message, message.text());
        }
        return post(account, body);
    }

    /**
     * Every attachment is checked against WhatsApp's limits and uploaded before the first message goes out, so a
     * file WhatsApp would refuse fails the reply before anything reached the customer. The parts are the text (on
     * its own before an audio, which takes no caption) and one media message per attachment; a retry skips the
     * parts an earlier attempt got accepted, and uploads only what it still sends.
     */
    private String sendMedia(MessagingSettings.WhatsAppAccount account, OutgoingMessage message, Parts parts)
            throws ProviderException {
        List<CloudApiMedia.Kind> kinds = new ArrayList<>();
        for (OutgoingMessage.Media media : message.media()) {
            kinds.add(CloudApiMedia.Kind.checked(media));
        }
        @Nullable String caption = message.text() == null || message.text().isBlank() ? null : message.text();
        boolean textFirst = caption != null && kinds.getFirst() == CloudApiMedia.Kind.AUDIO;
        int firstMedia = textFirst ? 1 : 0;
        int done = parts.sent();
        Map<Integer, String> ids = new LinkedHashMap<>();
        for (int i = Math.max(0, done - firstMedia); i < kinds.size(); i++) {
            ids.put(i, this.media.upload(account, message.media().get(i)));
        }
        if (textFirst && done == 0) {
            parts.accepted(post(account, text(message, Objects.requireNonNull(caption))));
        }
        for (Map.Entry<Integer, String> upload : ids.entrySet()) {
            int i = upload.getKey();
            String type = kinds.get(i).type;
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("id", upload.getValue());
            if (i == 0 && !textFirst && caption != null) {
                content.put("caption", caption);
            }
            if (kinds.get(i) == CloudApiMedia.Kind.DOCUMENT) {
                content.put("filename", message.media().get(i).filename());
            }
            Map<String, Object> body = envelope(message);
            body.put("type", type);
            body.put(type, content);
            parts.accepted(post(account, body));
        }
        return Objects.requireNonNull(parts.firstId());
    }

    private static Map<String, Object> text(OutgoingMessage message, String text) {
        Map<String, Object> body = envelope(message);
        body.put("type", "text");
        body.put("text", Map.of("preview_url", false, "body", text));
        return body;
    }

    private static Map<String, Object> envelope(OutgoingMessage message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messaging_product", "whatsapp");
        body.put("recipient_type", "individual");
        // The Cloud API takes the number without the plus.
        body.put("to", message.to().replaceFirst("^\\+", ""));
        return body;
    }

    private String post(MessagingSettings.WhatsAppAccount account, Map<String, Object> body) throws ProviderException {
        JsonNode answer = http.send(HttpRequest.newBuilder(URI.create(account.apiBaseUrl() + "/"
                                + URLEncoder.encode(account.apiVersion(), StandardCharsets.UTF_8) + "/"
                                + URLEncoder.encode(account.phoneNumberId(), StandardCharsets.UTF_8) + "/messages"))
                        .header("Authorization", "Bearer " + account.accessToken())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))),
                MetaApiErrors::refusal);
        String id = answer.path("messages").path(0).path("id").asString("");
        if (id.isEmpty()) {
            throw new ProviderException("The Cloud API's answer has no message id.", true);
        }
        return id;
    }
}
