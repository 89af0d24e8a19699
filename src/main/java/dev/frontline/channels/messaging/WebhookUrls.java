package dev.frontline.channels.messaging;

import dev.frontline.channels.Channel;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public URLs of the messaging webhooks (SMS, WhatsApp, Messenger, Instagram). Twilio signs the exact URL it called, so behind a proxy
 * that terminates TLS or rewrites the host the app must know the URL the provider saw: set
 * {@code frontline.messaging.public-url} (e.g. {@code https://support.example.com}); the request's path and query
 * are appended to it. Without it, the URL is the request's own, as the servlet container reconstructs it (which
 * honours {@code X-Forwarded-Proto/Host/Port} only with {@code server.forward-headers-strategy=native} or
 * {@code framework}).
 */
@Component
public class WebhookUrls {

    private final String publicUrl;

    WebhookUrls(@Value("${frontline.messaging.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The full URL the provider called, with its query string, as it was signed. */
    public String called(HttpServletRequest request) {
        String base = publicUrl.isEmpty()
                ? request.getRequestURL().toString()
                : publicUrl + request.getRequestURI();
        return request.getQueryString() == null ? base : base + "?" + request.getQueryString();
    }

    /** The URLs to register with the provider for this inbox: where messages and status reports arrive. */
    public Map<String, String> forInbox(HttpServletRequest request, Channel channel,
                                                  UUID inboxId) {
        String base = publicUrl.isEmpty()
                ? ServletUriComponentsBuilder.fromContextPath(request)
                        .replaceQuery(null).toUriString()
                : publicUrl;
        String path = base + "/webhooks/" + channel.id() + "/" + inboxId;
        return channel == Channel.SMS
                ? Map.of("messages", path, "status", path + "/status")
                : Map.of("messages", path);
    }

    /** The URL providers reach this installation at, if configured (links they fetch media from need it). */
    public Optional<String> publicUrl() {
        return publicUrl.isEmpty() ? Optional.empty() : Optional.of(publicUrl);
    }

    /** Where Twilio reports a sent SMS's status, if the public URL is configured (a provider cannot call a guess). */
    public Optional<String> smsStatusCallback(UUID inboxId) {
        return publicUrl.isEmpty() ? Optional.empty() : Optional.of(publicUrl + "/webhooks/sms/" + inboxId + "/status");
    }
}
