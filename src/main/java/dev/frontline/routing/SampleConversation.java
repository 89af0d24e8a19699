package dev.frontline.routing;

import dev.frontline.conversations.Priority;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What routing rules look at in a conversation, real or a sample to test the rules with. */
public record SampleConversation(@Nullable String channel, @Nullable UUID inboxId, @Nullable String language,
                                 Set<String> tags, Priority priority) {
}
