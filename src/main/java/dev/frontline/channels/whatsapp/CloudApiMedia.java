package dev.frontline.channels.whatsapp;

import dev.frontline.channels.messaging.MessageProvider;
import dev.frontline.channels.messaging.MessagingSettings;
import dev.frontline.channels.messaging.ProviderHttp;
import dev.frontline.conversations.NewAttachment;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fetches a customer's WhatsApp media: {@code GET /{version}/{media-id}} answers a short-lived {@code url}, whose
 * bytes are then downloaded with the same bearer token. Media that cannot be fetched is left out (the message
 * keeps its caption and type) rather than losing the message.
 */
@Component
class CloudApiMedia {

    private static final Logger log = LoggerFactory.getLogger(CloudApiMedia.class);

    private final ProviderHttp http;

    CloudApiMedia(ProviderHttp http) {
        this.http = http;
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
