package dev.frontline.channels;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One channel instance of a workspace, e.g. the support@ mailbox or the website chat. */
public record Inbox(UUID id, String name, Channel channel, Map<String, Object> settings, Instant createdAt) {
}
