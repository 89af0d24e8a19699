package dev.frontline.channels.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Visitors' messages sent through this node's sockets, kept from just before their delivery until their
 * {@code message.received} event comes back, so the echo to the visitor's sockets needs no database read
 * (at thousands of messages a second those reads would cost more than storing the messages). Bounded in
 * characters; a message whose event arrives elsewhere, or too late, is simply read from the database.
 */
@Component
class VisitorEchoes {

    /** A visitor's message as the widget sent it, under its delivery's external id. */
    record Echo(String clientId, String text) {
    }

    private final Cache<String, Echo> byExternalId = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumWeight(20_000_000)
            .<String, Echo>weigher((externalId, echo) -> externalId.length() + echo.text().length())
            .build();

    void expect(String externalId, Echo echo) {
        byExternalId.put(externalId, echo);
    }

    Optional<Echo> take(String externalId) {
        return Optional.ofNullable(byExternalId.asMap().remove(externalId));
    }
}
