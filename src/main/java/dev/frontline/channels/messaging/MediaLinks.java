package dev.frontline.channels.messaging;

import dev.frontline.conversations.Message;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.shared.secrets.StoredSecrets;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Public links to a reply's attachments, for providers that fetch the media of an outgoing message themselves
 * (Twilio's {@code MediaUrl}, WhatsApp's and Messenger's {@code link}/{@code url}). A link is
 * {@code <public-url>/webhooks/media/<token>/<filename>}: the token is the workspace, the attachment, its content
 * type and an expiry sealed with {@link StoredSecrets} (authenticated encryption, so it can be neither forged nor
 * altered, and every node with the installation's key opens it). It expires after
 * {@code frontline.messaging.media-link-ttl}, which leaves the provider time to fetch (and to retry).
 */
@Component
public class MediaLinks {

    /** What a valid link points at. */
    public record Target(WorkspaceId workspace, UUID attachmentId, String contentType) {
    }

    private static final String CONTEXT = "messaging:media-link";
    private static final String SEALED_PREFIX = "v1:";

    private final StoredSecrets secrets;
    private final WebhookUrls urls;
    private final Clock clock;
    private final Duration ttl;

    MediaLinks(StoredSecrets secrets, WebhookUrls urls, Clock clock,
               @Value("${frontline.messaging.media-link-ttl:PT1H}") Duration ttl) {
        this.secrets = secrets;
        this.urls = urls;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The link to the attachment, or empty if the installation's public URL is not configured. */
    public Optional<String> link(WorkspaceId workspace, Message.Attachment attachment) {
        return urls.publicUrl().map(base -> {
            String sealed = secrets.seal(workspace.value() + "|" + attachment.id() + "|"
                    + clock.instant().plus(ttl).getEpochSecond() + "|" + attachment.contentType(), CONTEXT);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    Base64.getDecoder().decode(sealed.substring(SEALED_PREFIX.length())));
            return base + "/webhooks/media/" + token + "/"
                    + URLEncoder.encode(attachment.filename(), StandardCharsets.UTF_8).replace("+", "%20");
        });
    }

    /** What the token points at, if it is one of ours and has not expired. */
    public Optional<Target> open(String token) {
        try {
            String sealed = SEALED_PREFIX + Base64.getEncoder().encodeToString(Base64.getUrlDecoder().decode(token));
            String[] parts = secrets.open(sealed, CONTEXT).split("\\|", 4);
            if (Instant.ofEpochSecond(Long.parseLong(parts[2])).isBefore(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(new Target(new WorkspaceId(UUID.fromString(parts[0])), UUID.fromString(parts[1]),
                    parts[3]));
        } catch (StoredSecrets.UndecryptableSecretException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
