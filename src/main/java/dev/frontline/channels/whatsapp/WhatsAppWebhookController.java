package dev.frontline.channels.whatsapp;

import dev.frontline.channels.messaging.DeliveryReports;
import dev.frontline.channels.messaging.MessagingInbound;
import dev.frontline.channels.messaging.MessagingSettings;
import dev.frontline.channels.messaging.MetaSignature;
import dev.frontline.channels.messaging.PhoneNumbers;
import dev.frontline.shared.ForbiddenException;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WhatsApp Cloud API webhook of a WhatsApp inbox ({@code /webhooks/whatsapp/{inbox}}): Meta's verification
 * handshake ({@code GET} with {@code hub.mode=subscribe}, {@code hub.verify_token}, {@code hub.challenge}), then
 * signed JSON notifications ({@code X-Hub-Signature-256} over the raw body with the app secret) carrying customer
 * messages and the statuses of sent replies. A bad signature gets 403 before anything is parsed or stored.
 */
@RestController
class WhatsAppWebhookController {

    private final MessagingSettings settings;
    private final MessagingInbound inbound;
    private final DeliveryReports reports;
    private final CloudApiMedia media;
    private final JsonMapper json;

    WhatsAppWebhookController(MessagingSettings settings, MessagingInbound inbound, DeliveryReports reports,
                              CloudApiMedia media, JsonMapper json) {
        this.settings = settings;
        this.inbound = inbound;
        this.reports = reports;
        this.media = media;
        this.json = json;
    }

    @GetMapping("/webhooks/whatsapp/{inboxId}")
    ResponseEntity<String> verify(@PathVariable UUID inboxId, @RequestParam("hub.mode") String mode,
                                  @RequestParam("hub.verify_token") String token,
                                  @RequestParam("hub.challenge") String challenge) {
        MessagingSettings.WhatsAppAccount account = account(inboxId);
        if (!"subscribe".equals(mode) || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                account.verifyToken().getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenException("The verify token does not match the inbox's.");
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
    }

    @PostMapping("/webhooks/whatsapp/{inboxId}")
    ResponseEntity<Void> notify(@PathVariable UUID inboxId,
                                @RequestHeader(name = "X-Hub-Signature-256", required = false) @Nullable String signature,
                                @RequestBody byte[] body) {
        MessagingSettings.WhatsAppAccount account = account(inboxId);
        if (!MetaSignature.valid(signature, account.appSecret(), body)) {
            throw new ForbiddenException("The request's X-Hub-Signature-256 does not match.");
        }
        JsonNode notification;
        try {
            notification = json.readTree(body);
        } catch (RuntimeException notJson) {
            throw new InvalidRequestException("body", "is not JSON");
        }
        for (JsonNode entry : notification.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                if (!account.phoneNumberId().equals(value.path("metadata").path("phone_number_id").asString(""))) {
                    continue; // another number of the same app
                }
                receiveMessages(account, value);
                for (JsonNode status : value.path("statuses")) {
                    reportStatus(account, status);
                }
            }
        }
        return ResponseEntity.ok().build();
    }

    private void receiveMessages(MessagingSettings.WhatsAppAccount account, JsonNode value) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode contact : value.path("contacts")) {
            names.put(contact.path("wa_id").asString(""), contact.path("profile").path("name").asString(""));
        }
        for (JsonNode message : value.path("messages")) {
            String waId = message.path("from").asString("");
            String from = PhoneNumbers.e164(waId)
                    .orElseThrow(() -> new InvalidRequestException("messages.from", "is not a phone number"));
            String id = message.path("id").asString("");
            if (id.isEmpty()) {
                throw new InvalidRequestException("messages.id", "is required");
            }
            String name = names.get(waId);
            CloudApiContent content = CloudApiContent.of(message);
            inbound.receive(account.workspace(), account.inboxId(), new MessagingInbound.Incoming(from,
                    name == null || name.isBlank() ? null : name, id, content.text(),
                    media.fetch(account, content.mediaId(), content.mimeType(), content.filename()),
                    Instant.ofEpochSecond(message.path("timestamp").asLong(Instant.now().getEpochSecond())),
                    Map.of("whatsapp", Map.of("type", content.type(), "from", from))));
        }
    }

    private void reportStatus(MessagingSettings.WhatsAppAccount account, JsonNode status) {
        String to = switch (status.path("status").asString("")) {
            case "sent" -> "sent";
            case "delivered" -> "delivered";
            case "read" -> "read";
            case "failed" -> "failed";
            default -> null;
        };
        if (to != null) {
            JsonNode error = status.path("errors").path(0);
            reports.record(account.inboxId(), status.path("id").asString(""), to, error.isMissingNode() ? null
                    : error.path("code").asString("") + " " + error.path("title").asString(""));
        }
    }

    private MessagingSettings.WhatsAppAccount account(UUID inboxId) {
        return settings.whatsApp(inboxId).orElseThrow(() -> new NotFoundException("Inbox", inboxId));
    }
}
