package dev.frontline.routing;

import dev.frontline.conversations.Priority;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What routing rules look at in a conversation, real or a sample to test the rules with: its contact's
 * {@code tier} and its custom {@code attributes} included.
 */
public record SampleConversation(@Nullable String channel, @Nullable UUID inboxId, @Nullable String language,
                                 Set<String> tags, Priority priority, @Nullable String tier,
                                 Map<String, Object> attributes) {

    /** A conversation of this inbox about which nothing else is known yet (for an expected wait). */
    public static SampleConversation ofInbox(String channel, UUID inboxId) {
        return new SampleConversation(channel, inboxId, null, Set.of(), Priority.NORMAL, null, Map.of());
    }
}
