package dev.frontline.routing;

import dev.frontline.identity.Directory;
import dev.frontline.identity.StaffMember;
import dev.frontline.presence.AgentPresence;
import dev.frontline.presence.Presence;
import dev.frontline.presence.PresenceStatus;
import dev.frontline.routing.internal.AssignmentStore;
import dev.frontline.routing.internal.ItemStore;
import dev.frontline.routing.internal.ProfileStore;
import dev.frontline.shared.Caller;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's live view of people and work: every active member's presence (since when), what they hold
 * per kind of channel against their capacity, their pending offers and the conversations they handle; and the
 * conversations queued right now. Read from the database on each call, so every node answers the same.
 */
@Service
public class AgentStates {

    /** Conversations held per kind of channel (open assignments plus pending offers, as capacity counts them). */
    public record Load(int chat, int email, int messaging, int voice, int total) {

        static Load of(int[] held) {
            int total = 0;
            for (int n : held) {
                total += n;
            }
            return new Load(held[ChannelKind.CHAT.ordinal()], held[ChannelKind.EMAIL.ordinal()],
                    held[ChannelKind.MESSAGING.ordinal()], held[ChannelKind.VOICE.ordinal()], total);
        }
    }

    /** A conversation an agent handles, since it was assigned to them. */
    public record HeldConversation(UUID conversationId, String channel, Instant since, @Nullable String contactName) {
    }

    public record AgentState(UUID userId, String displayName, Role role, PresenceStatus status, @Nullable String reason,
                             @Nullable Instant since, Load load, RoutingProfile.Capacity capacity, int pendingOffers,
                             List<HeldConversation> conversations) {
    }

    /** A queued conversation: WAITING, or OFFERED to {@code offeredTo}. */
    public record QueuedConversation(UUID conversationId, UUID queueId, String channel, String priority, String state,
                                     Instant enqueuedAt, @Nullable String contactName, @Nullable UUID offeredTo) {
    }

    private static final int MAX_QUEUED = 200;

    private final Directory directory;
    private final Presence presence;
    private final ProfileStore profiles;
    private final AssignmentStore assignments;
    private final ItemStore items;

    AgentStates(Directory directory, Presence presence, ProfileStore profiles, AssignmentStore assignments, ItemStore items) {
        this.directory = directory;
        this.presence = presence;
        this.profiles = profiles;
        this.assignments = assignments;
        this.items = items;
    }

    /** Active members, signed-in ones first (by status), then by name. */
    @Transactional(readOnly = true)
    public List<AgentState> agents(Caller caller) {
        caller.require(Role.SUPERVISOR);
        WorkspaceId workspace = caller.workspaceId();
        Map<UserId, AgentPresence> statuses = presence.statusesIn(workspace);
        Map<UserId, RoutingProfile> stored = profiles.all(workspace);
        Map<UserId, int[]> loads = assignments.loads(workspace);
        Map<UserId, List<HeldConversation>> held = new HashMap<>();
        for (AssignmentStore.Held h : assignments.open(workspace)) {
            held.computeIfAbsent(h.agent(), agent -> new ArrayList<>())
                    .add(new HeldConversation(h.conversation().value(), h.channel(), h.since(), h.contactName()));
        }
        List<AgentState> agents = new ArrayList<>();
        for (StaffMember member : directory.members(workspace)) {
            if (!member.active()) {
                continue;
            }
            AgentPresence status = statuses.getOrDefault(member.id(), AgentPresence.neverSeen(member.id()));
            List<HeldConversation> conversations = held.getOrDefault(member.id(), List.of());
            Load load = Load.of(loads.getOrDefault(member.id(), new int[ChannelKind.values().length]));
            // Pending offers are what the load holds beyond open assignments. Loads and assignments are read by two
            // statements, so a conversation assigned in between can make the difference negative: shown as 0.
            agents.add(new AgentState(member.id().value(), member.displayName(), member.role(), status.status(),
                    status.reason(), status.since(), load,
                    stored.getOrDefault(member.id(), RoutingProfile.defaultFor(member.id())).capacity(),
                    Math.max(0, load.total() - conversations.size()), conversations));
        }
        agents.sort(Comparator.comparing(AgentState::status).thenComparing(AgentState::displayName, String.CASE_INSENSITIVE_ORDER));
        return agents;
    }

    /** The conversations queued now (in one queue when given), in work order, at most 200. */
    @Transactional(readOnly = true)
    public List<QueuedConversation> queued(Caller caller, @Nullable UUID queueId, int limit) {
        caller.require(Role.SUPERVISOR);
        if (limit < 1 || limit > MAX_QUEUED) {
            throw new InvalidRequestException("limit", "must be between 1 and " + MAX_QUEUED);
        }
        return items.queued(caller.workspaceId(), queueId, limit).stream()
                .map(q -> new QueuedConversation(q.conversationId().value(), q.queueId(), q.channel(), q.priority().name(),
                        q.state(), q.enqueuedAt(), q.contactName(), q.offeredTo()))
                .toList();
    }
}
