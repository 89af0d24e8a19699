package dev.frontline.conversations;

import dev.frontline.shared.Actor;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One change in a conversation's history: what changed, who did it and when. */
public record TimelineEntry(UUID id, String kind, Actor actor, Map<String, Object> detail, Instant at) {
}
