package dev.frontline.presence;

import dev.frontline.identity.Directory;
import dev.frontline.identity.StaffMember;
import dev.frontline.presence.internal.PresenceStore;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is available, busy or away in a workspace. Reads always go to the database, so every node of a
 * cluster answers the same; a change locks the member's row, so two nodes changing one member's status
 * at once apply one after the other.
 */
@Service
public class Presence {

    private final PresenceStore store;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Presence(PresenceStore store, Directory directory, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** The member's current status; OFFLINE (with no {@code since}) for someone never seen. */
    @Transactional(readOnly = true)
    public AgentPresence statusOf(WorkspaceId workspace, UserId user) {
        return store.find(workspace, user).orElseGet(() -> AgentPresence.neverSeen(user));
    }

    /** Everyone's status in the workspace, by user; members never seen are absent (offline). */
    @Transactional(readOnly = true)
    public Map<UserId, AgentPresence> statusesIn(WorkspaceId workspace) {
        return store.all(workspace);
    }

    /** Active members who are AVAILABLE now, longest available first (the fairest next candidate). */
    @Transactional(readOnly = true)
    public List<UserId> availableAgents(WorkspaceId workspace) {
        return store.withStatus(workspace, PresenceStatus.AVAILABLE);
    }

    /**
     * Sets a member's status. Setting the status they already have only updates the reason and keeps
     * {@code since}, so time in status is not reset; nothing is published when nothing changed.
     *
     * @throws NotFoundException if the member is not in the workspace
     * @throws UnprocessableException if a deactivated member would become anything but OFFLINE
     */
    @Transactional
    public AgentPresence change(WorkspaceId workspace, UserId user, PresenceStatus status, @Nullable String reason) {
        StaffMember member = directory.member(workspace, user).orElseThrow(() -> new NotFoundException("User", user));
        if (!member.active() && status != PresenceStatus.OFFLINE) {
            throw new UnprocessableException("A deactivated user is always offline.");
        }
        AgentPresence current = store.lock(workspace, user);
        String newReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (current.status() == status && Objects.equals(current.reason(), newReason)) {
            return current;
        }
        Instant since = current.status() == status && current.since() != null ? current.since() : clock.instant();
        AgentPresence changed = new AgentPresence(user, status, newReason, since);
        store.save(workspace, changed);
        events.publishEvent(new AgentPresenceChanged(workspace, user, status, newReason, since, current.status(),
                current.since()));
        return changed;
    }
}
