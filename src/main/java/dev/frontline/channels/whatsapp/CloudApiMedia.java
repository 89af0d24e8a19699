package dev.frontline.channels.whatsapp;

import dev.frontline.channels.messaging.MessageProvider;
import dev.frontline.channels.messaging.MessagingSettings;
import dev.frontline.channels.messaging.MetaApiErrors;
import dev.frontline.channels.messaging.OutgoingMessage;
import dev.frontline.channels.messaging.ProviderHttp;
import dev.frontline.conversations.NewAttachment;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * WhatsApp media both ways. In: a customer's media id, {@code GET /{version}/{media-id}} answers a short-lived
 * {@code url}, whose bytes are then downloaded with the same bearer token; media that cannot be fetched is left
 * out (the message keeps its caption and type) rather than losing the message. Out: a reply's attachment is
 * uploaded, {@code POST /{version}/{phone-number-id}/media} as multipart ({@code messaging_product=whatsapp},
 * {@code type} = its MIME type, {@code file}), and the answer's {@code id} is what the media message names.
 */
@Component
class CloudApiMedia {

    /**
     * How WhatsApp takes a file: the media message type, the content types it plays as that type and the largest
     * size it accepts. Anything it would not play as image, video or audio (a GIF, a WebM) goes as a document.
     */
    enum Kind {
        IMAGE("image", Set.of("image/jpeg", "image/png"), 5),
        VIDEO("video", Set.of("video/mp4", "video/3gpp", "video/3gp"), 16),
        AUDIO("audio", Set.of("audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg"), 16),
        DOCUMENT("document", Set.of(), 100);

        final String type;
        private final Set<String> contentTypes;
        final long maxBytes;

        Kind(String type, Set<String> contentTypes, int maxMegabytes) {
            this.type = type;
            this.contentTypes = contentTypes;
            this.maxBytes = maxMegabytes * 1024L * 1024L;
        }

        static Kind of(OutgoingMessage.Media media) {
            String contentType = baseType(media.contentType());
            for (Kind kind : values()) {
                if (kind.contentTypes.contains(contentType)) {
                    return kind;
                }
            }
            return DOCUMENT;
        }

        /** Refuses (for good) a file larger than WhatsApp takes for its kind, naming file, size and limit. */
        static Kind checked(OutgoingMessage.Media media) throws MessageProvider.ProviderException {
            Kind kind = of(media);
            if (media.size() > kind.maxBytes) {
                throw new MessageProvider.ProviderException("The attachment " + media.filename() + " is "
                        + String.format(Locale.ROOT, "%.1f", Math.ceil(media.size() * 10 / (1024.0 * 1024.0)) / 10) + " MB; WhatsApp sends "
                        + kind.type + " files up to " + kind.maxBytes / (1024 * 1024) + " MB.", false);
            }
            return kind;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(CloudApiMedia.class);

    private final ProviderHttp http;

    CloudApiMedia(ProviderHttp http) {
        this.http = http;
    }

    /** Uploads the attachment to the phone number's media and returns the media id a message can send. */
    String upload(MessagingSettings.WhatsAppAccount account, OutgoingMessage.Media media)
            throws MessageProvider.ProviderException {
        String boundary = "frontline-" + UUID.randomUUID();
        String type = baseType(media.contentType());
        byte[] head = (field(boundary, "messaging_product", "whatsapp") + field(boundary, "type", type)
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + media.filename().replaceAll("[\"\\\\\r\n]", "_") + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        // Opened here, so an attachment that is gone fails the reply at once rather than as a network error;
        // a second read (the client sending the body again) opens it afresh.
        AtomicReference<@Nullable InputStream> unread = new AtomicReference<>(media.content().get());
        Supplier<InputStream> content = () -> {
            InputStream first = unread.getAndSet(null);
            return first != null ? first : media.content().get();
        };
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofByteArray(head), HttpRequest.BodyPublishers.ofInputStream(content),
                HttpRequest.BodyPublishers.ofByteArray(tail)), head.length + media.size() + tail.length);
        try {
            String id = http.send(HttpRequest.newBuilder(URI.create(account.apiBaseUrl() + "/"
                                    + URLEncoder.encode(account.apiVersion(), StandardCharsets.UTF_8) + "/"
                                    + URLEncoder.encode(account.phoneNumberId(), StandardCharsets.UTF_8) + "/media"))
                            .header("Authorization", "Bearer " + account.accessToken())
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(body),
                    MetaApiErrors::refusal).path("id").asString("");
            if (id.isEmpty()) {
                throw new MessageProvider.ProviderException("The Cloud API's answer to the upload of "
                        + media.filename() + " has no media id.", true);
            }
            return id;
        } finally {
            closeQuietly(unread.getAndSet(null));
        }
    }

    private static void closeQuietly(@Nullable InputStream stream) {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // Nothing was read from it; there is nothing to lose.
            }
        }
    }

    private static String field(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static String baseType(String contentType) {
        return contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    List<NewAttachment> fetch(MessagingSettings.WhatsAppAccount account, @Nullable String mediaId,
                              @Nullable String mimeType, @Nullable String filename) {
        if (mediaId == null) {
            return List.of();
        }
        String bearer = "Bearer " + account.accessToken();
        try {
            String url = http.exchange(HttpRequest.newBuilder(URI.create(account.apiBaseUrl() + "/"
                            + URLEncoder.encode(account.apiVersion(), StandardCharsets.UTF_8) + "/"
                            + URLEncoder.encode(mediaId, StandardCharsets.UTF_8))).header("Authorization", bearer).GET(),
                    error -> error.path("error").path("message").asString("")).path("url").asString("");
            byte[] content = http.download(URI.create(url), bearer);
            String type = mimeType == null ? "application/octet-stream" : mimeType.split(";")[0].strip();
            return List.of(new NewAttachment(filename == null ? "whatsapp-" + mediaId : filename, type, content));
        } catch (MessageProvider.ProviderException | IllegalArgumentException e) {
            log.warn("Could not fetch WhatsApp media {}: {}", mediaId, e.getMessage());
            return List.of();
        }
    }
}
