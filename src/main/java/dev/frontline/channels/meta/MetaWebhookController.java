package dev.frontline.channels.meta;

import dev.frontline.channels.Channel;
import dev.frontline.channels.InboundDelivery;
import dev.frontline.channels.messaging.DeliveryReports;
import dev.frontline.channels.messaging.MessageProvider;
import dev.frontline.channels.messaging.MessagingInbound;
import dev.frontline.channels.messaging.MessagingSettings;
import dev.frontline.channels.messaging.MetaSignature;
import dev.frontline.channels.messaging.ProviderHttp;
import dev.frontline.conversations.NewAttachment;
import dev.frontline.shared.ForbiddenException;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
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
 * The webhook of a Messenger or Instagram inbox ({@code /webhooks/messenger/{inbox}},
 * {@code /webhooks/instagram/{inbox}}): Meta's verification handshake, then signed JSON notifications
 * ({@code X-Hub-Signature-256} with the app secret; a bad one gets 403 before anything is parsed) of
 * {@code object: page} or {@code object: instagram}, whose {@code entry[].messaging[]} events are handled here:
 * <ul>
 * <li>{@code message}: a customer message, stored once by its {@code mid} on the contact of the sender's
 * page-scoped id, its image, video, audio and file attachments fetched; the contact's name is looked up after
 * the store ({@link MetaProfileNames});</li>
 * <li>{@code postback}: a button the customer tapped, stored as a message with its title;</li>
 * <li>{@code message.is_echo}: the page's own message coming back. Never stored: a reply from the workspace is
 * in the thread already (recognised by its {@code metadata} or its mid), and one sent from elsewhere (Meta Business
 * Suite) is not mirrored, as agents answer from here;</li>
 * <li>{@code delivery} ({@code mids} and a {@code watermark}) and {@code read} (a {@code watermark}, on Instagram a
 * {@code mid}): receipts of the replies sent until then.</li>
 * </ul>
 * Entries of another page of the same app are skipped.
 */
@RestController
class MetaWebhookController {

    private static final Logger log = LoggerFactory.getLogger(MetaWebhookController.class);
    private static final int MAX_MEDIA = 10;

    private final MessagingSettings settings;
    private final MessagingInbound inbound;
    private final DeliveryReports reports;
    private final MetaProfileNames profileNames;
    private final ProviderHttp http;
    private final JsonMapper json;

    MetaWebhookController(MessagingSettings settings, MessagingInbound inbound,
                          DeliveryReports reports, MetaProfileNames profileNames, ProviderHttp http, JsonMapper json) {
        this.settings = settings;
        this.inbound = inbound;
        this.reports = reports;
        this.profileNames = profileNames;
        this.http = http;
        this.json = json;
    }

    @GetMapping("/webhooks/{channel:messenger|instagram}/{inboxId}")
    ResponseEntity<String> verify(@PathVariable String channel, @PathVariable UUID inboxId,
                                  @RequestParam("hub.mode") String mode,
                                  @RequestParam("hub.verify_token") String token,
                                  @RequestParam("hub.challenge") String challenge) {
        MessagingSettings.MetaAccount account = account(channel, inboxId);
        if (!"subscribe".equals(mode) || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                account.verifyToken().getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenException("The verify token does not match the inbox's.");
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
    }

    @PostMapping("/webhooks/{channel:messenger|instagram}/{inboxId}")
    ResponseEntity<Void> notify(@PathVariable String channel, @PathVariable UUID inboxId,
                                @RequestHeader(name = "X-Hub-Signature-256", required = false) @Nullable String signature,
                                @RequestBody byte[] body) {
        MessagingSettings.MetaAccount account = account(channel, inboxId);
        if (!MetaSignature.valid(signature, account.appSecret(), body)) {
            throw new ForbiddenException("The request's X-Hub-Signature-256 does not match.");
        }
        JsonNode notification;
        try {
            notification = json.readTree(body);
        } catch (RuntimeException notJson) {
            throw new InvalidRequestException("body", "is not JSON");
        }
        String expected = account.channel() == Channel.INSTAGRAM ? "instagram" : "page";
        if (!expected.equals(notification.path("object").asString(""))) {
            return ResponseEntity.ok().build(); // another product's notification: nothing for this inbox
        }
        for (JsonNode entry : notification.path("entry")) {
            if (!account.accountId().equals(entry.path("id").asString(""))) {
                continue;
            }
            for (JsonNode event : entry.path("messaging")) {
                handle(account, event);
            }
        }
        return ResponseEntity.ok().build();
    }

    private void handle(MessagingSettings.MetaAccount account, JsonNode event) {
        String customer = event.path("sender").path("id").asString("");
        Instant at = Instant.ofEpochMilli(event.path("timestamp").asLong(System.currentTimeMillis()));
        if (event.has("message")) {
            JsonNode message = event.path("message");
            if (message.path("is_echo").asBoolean(false)) {
                echo(account, message);
            } else {
                receive(account, customer, message.path("mid").asString(""), MetaContent.of(message), at,
                        details(account, "message", message.path("quick_reply").path("payload").asString(""),
                                message.path("reply_to").path("mid").asString("")));
            }
        } else if (event.has("postback")) {
            JsonNode postback = event.path("postback");
            // Older postbacks have no mid: the customer's id and the time name the tap.
            String mid = postback.path("mid").asString("postback:" + customer + ":" + at.toEpochMilli());
            receive(account, customer, mid, new MetaContent(postback.path("title").asString("[postback]"),
                    List.of(), List.of()), at, details(account, "postback", postback.path("payload").asString(""), ""));
        } else if (event.has("delivery")) {
            for (JsonNode mid : event.path("delivery").path("mids")) {
                reports.record(account.inboxId(), mid.asString(), "delivered", null);
            }
            if (event.path("delivery").has("watermark")) {
                reports.recordUntil(account.inboxId(), customer,
                        Instant.ofEpochMilli(event.path("delivery").path("watermark").asLong()), "delivered");
            }
        } else if (event.has("read")) {
            JsonNode read = event.path("read");
            if (read.has("mid")) {
                reports.record(account.inboxId(), read.path("mid").asString(), "read", null);
            }
            if (read.has("watermark")) {
                reports.recordUntil(account.inboxId(), customer, Instant.ofEpochMilli(read.path("watermark").asLong()),
                        "read");
            }
        }
    }

    private void receive(MessagingSettings.MetaAccount account, String customer, String mid, MetaContent content,
                         Instant at, Map<String, Object> details) {
        if (customer.isEmpty() || mid.isEmpty()) {
            throw new InvalidRequestException(customer.isEmpty() ? "sender.id" : "message.mid", "is required");
        }
        details.put("kinds", content.kinds());
        InboundDelivery.Stored stored = inbound.receive(account.workspace(), account.inboxId(),
                account.channel().identityKind(), new MessagingInbound.Incoming(customer, null, mid, content.text(),
                        media(account, content), at, Map.of(account.channel().id(), details)));
        profileNames.nameLater(account, stored.contact(), customer);
    }

    private void echo(MessagingSettings.MetaAccount account, JsonNode message) {
        boolean ours = message.path("metadata").asString("").startsWith(SendApi.ECHO_MARK)
                || reports.sentByUs(account.inboxId(), message.path("mid").asString(""));
        log.debug("Ignored the echo of a {} message of inbox {} ({})", account.channel().id(), account.inboxId(),
                ours ? "a reply from the workspace" : "sent from elsewhere");
    }

    private List<NewAttachment> media(MessagingSettings.MetaAccount account, MetaContent content) {
        List<NewAttachment> attachments = new ArrayList<>();
        for (MetaContent.Media item : content.media().subList(0, Math.min(MAX_MEDIA, content.media().size()))) {
            try {
                URI uri = URI.create(item.url());
                byte[] bytes = http.download(uri);
                attachments.add(new NewAttachment(filename(uri, item.type(), attachments.size() + 1),
                        contentType(uri, item.type()), bytes));
            } catch (MessageProvider.ProviderException | IllegalArgumentException e) {
                log.warn("Could not fetch a {} attachment for inbox {}: {}", account.channel().id(), account.inboxId(),
                        e.getMessage());
            }
        }
        return attachments;
    }

    private static Map<String, Object> details(MessagingSettings.MetaAccount account, String type, String payload,
                                               String replyTo) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("type", type);
        details.put("account", account.accountId());
        if (!payload.isEmpty()) {
            details.put("payload", payload);
        }
        if (!replyTo.isEmpty()) {
            details.put("replyTo", replyTo);
        }
        return details;
    }

    /** The file's name from the CDN path (Meta keeps the original name there), else the kind and position. */
    private static String filename(URI uri, String type, int position) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.matches("[\\w.-]{1,120}\\.[A-Za-z0-9]{1,8}") ? last : type + "-" + position;
    }

    /** Meta sends no content type with the link: judged from the file's extension, else from the kind. */
    private static String contentType(URI uri, String type) {
        return MediaTypeFactory.getMediaType(uri.getPath() == null ? "" : uri.getPath())
                .map(MediaType::toString)
                .orElse(switch (type) {
                    case "image" -> "image/jpeg";
                    case "video" -> "video/mp4";
                    case "audio" -> "audio/mpeg";
                    default -> "application/octet-stream";
                });
    }

    private MessagingSettings.MetaAccount account(String channel, UUID inboxId) {
        return settings.meta(inboxId, Channel.valueOf(channel.toUpperCase(Locale.ROOT)))
                .orElseThrow(() -> new NotFoundException("Inbox", inboxId));
    }
}
