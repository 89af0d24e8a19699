package dev.frontline.conversations;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A partial update; null fields stay as they are. */
public record ConversationChanges(@Nullable Status status, @Nullable Instant snoozedUntil, @Nullable Priority priority,
                                  @Nullable String subject, @Nullable Set<String> tags,
                                  @Nullable Map<String, @Nullable Object> customAttributes) {
}
