package dev.frontline.presence;

import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A staff member's status or reason changed ({@code agent_presence.changed} on webhooks and the live
 * stream). The previous status and its start let listeners account for the time spent in it.
 */
public record AgentPresenceChanged(WorkspaceId workspaceId, UserId userId, PresenceStatus status,
                                   @Nullable String reason, Instant since, PresenceStatus previousStatus,
                                   @Nullable Instant previousSince) implements WorkspaceEvent {
}
