package dev.frontline.channels.meta;

import dev.frontline.channels.Channel;
import dev.frontline.channels.messaging.MessageProvider;
import dev.frontline.channels.messaging.MessagingSettings;
import dev.frontline.channels.messaging.ProviderHttp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The name a customer shows on Messenger ({@code first_name}, {@code last_name}) or Instagram ({@code name}, else
 * {@code username}), from the Graph API's user profile. Asked after the message is stored, for a contact without a
 * name ({@link MetaProfileNames}); without it (no permission, a network error) the contact simply has no name yet.
 */
@Component
class MetaProfiles {

    private static final Logger log = LoggerFactory.getLogger(MetaProfiles.class);

    private final ProviderHttp http;

    MetaProfiles(ProviderHttp http) {
        this.http = http;
    }

    @Nullable String name(MessagingSettings.MetaAccount account, String scopedId) {
        String fields = account.channel() == Channel.INSTAGRAM ? "name,username" : "first_name,last_name";
        try {
            JsonNode profile = http.exchange(HttpRequest.newBuilder(URI.create(account.apiBaseUrl() + "/"
                            + URLEncoder.encode(account.apiVersion(), StandardCharsets.UTF_8) + "/"
                            + URLEncoder.encode(scopedId, StandardCharsets.UTF_8) + "?fields=" + fields))
                    .header("Authorization", "Bearer " + account.pageAccessToken()).GET(), SendApi::errorDetail);
            String name = account.channel() == Channel.INSTAGRAM
                    ? profile.path("name").asString(profile.path("username").asString(""))
                    : (profile.path("first_name").asString("") + " " + profile.path("last_name").asString("")).strip();
            return name.isBlank() ? null : name;
        } catch (MessageProvider.ProviderException | IllegalArgumentException e) {
            log.info("No {} profile for a customer of inbox {}: {}", account.channel().id(), account.inboxId(),
                    e.getMessage());
            return null;
        }
    }
}
