package dev.frontline.channels.whatsapp;

import dev.frontline.channels.Channel;
import dev.frontline.channels.messaging.MessageProvider;
import dev.frontline.channels.messaging.MessagingSettings;
import dev.frontline.channels.messaging.OutgoingMessage;
import dev.frontline.channels.messaging.ProviderHttp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
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
 * message (body variables as text parameters) outside it. Attachments go out as media messages by {@code link}
 * (Meta fetches them from the signed, expiring link), one per attachment, the text as the first one's caption
 * (sent on its own before an audio, which takes no caption); the first message's id stands for the reply. The answer's {@code messages[0].id} (a wamid) is the
 * message's id in later status webhooks.
 */
@Component
class CloudApiMessages implements MessageProvider {

    private final MessagingSettings settings;
    private final ProviderHttp http;
    private final JsonMapper json;

    CloudApiMessages(MessagingSettings settings, ProviderHttp http, JsonMapper json) {
        this.settings = settings;
        this.http = http;
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.WHATSAPP;
    }

    @Override
    public String send(UUID inboxId, OutgoingMessage message) throws ProviderException {
        MessagingSettings.WhatsAppAccount account = settings.whatsApp(inboxId)
                .orElseThrow(() -> new ProviderException("The inbox is no longer a configured WhatsApp inbox.", false));
        if (message.template() == null && !message.media().isEmpty()) {
            return sendMedia(account, message);
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
            body.put("type", "text");
            body.put("text", Map.of("preview_url", false, "body", message.text()));
        }
        return post(account, body);
    }

    private String sendMedia(MessagingSettings.WhatsAppAccount account, OutgoingMessage message) throws ProviderException {
        @Nullable String caption = message.text() == null || message.text().isBlank() ? null : message.text();
        @Nullable String first = null;
        if (caption != null && message.media().getFirst().kind().equals("audio")) {
            first = send(account.inboxId(), new OutgoingMessage(message.to(), caption, null, message.reference()));
            caption = null;
        }
        for (OutgoingMessage.Media media : message.media()) {
            String type = media.kind().equals("file") ? "document" : media.kind();
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("link", media.url());
            if (caption != null) {
                content.put("caption", caption);
                caption = null;
            }
            if (type.equals("document")) {
                content.put("filename", media.filename());
            }
            Map<String, Object> body = envelope(message);
            body.put("type", type);
            body.put(type, content);
            String id = post(account, body);
            first = first == null ? id : first;
        }
        return Objects.requireNonNull(first);
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
        JsonNode answer = http.exchange(HttpRequest.newBuilder(URI.create(account.apiBaseUrl() + "/"
                                + URLEncoder.encode(account.apiVersion(), StandardCharsets.UTF_8) + "/"
                                + URLEncoder.encode(account.phoneNumberId(), StandardCharsets.UTF_8) + "/messages"))
                        .header("Authorization", "Bearer " + account.accessToken())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))),
                error -> error.path("error").path("code").asString("") + " "
                        + error.path("error").path("message").asString(""));
        String id = answer.path("messages").path(0).path("id").asString("");
        if (id.isEmpty()) {
            throw new ProviderException("The Cloud API's answer has no message id.", true);
        }
        return id;
    }
}
