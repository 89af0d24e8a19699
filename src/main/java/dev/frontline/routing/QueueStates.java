package dev.frontline.routing;

import dev.frontline.conversations.InboxDirectory;
import dev.frontline.identity.Directory;
import dev.frontline.identity.StaffMember;
import dev.frontline.presence.AgentPresence;
import dev.frontline.presence.Presence;
import dev.frontline.presence.PresenceStatus;
import dev.frontline.routing.internal.AssignmentStore;
import dev.frontline.routing.internal.ItemStore;
import dev.frontline.routing.internal.OfferStore;
import dev.frontline.routing.internal.ProfileStore;
import dev.frontline.routing.internal.WaitEstimate;
import dev.frontline.routing.internal.QueueStore;
import dev.frontline.routing.internal.Queueing;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live state of the queues and the expected wait for a new arrival.
 *
 * <p>Expected wait, for the queue a new conversation in the inbox would join, by {@link WaitEstimate}: its
 * position is the number waiting plus one. The agents who may serve the queue and are available have {@code free}
 * places right now (capacity on the channel minus what they hold, within their total); with busy ones
 * they have {@code slots} places in all. The accept time is the mean offer-to-accept time (accepted offers of
 * the last 24 hours; none yet: zero), the handle time the mean of assignments of that channel kind ended in the
 * last 24 hours, or {@code frontline.routing.default-handle-time}. The simulator measures the method's error.
 */
@Service
public class QueueStates {

    private static final Set<PresenceStatus> WORKING = Set.of(PresenceStatus.AVAILABLE, PresenceStatus.BUSY);

    private final QueueStore queues;
    private final ItemStore items;
    private final ProfileStore profiles;
    private final AssignmentStore assignments;
    private final OfferStore offers;
    private final Queueing queueing;
    private final Presence presence;
    private final Directory directory;
    private final InboxDirectory inboxes;
    private final RoutingProperties properties;
    private final Clock clock;

    QueueStates(QueueStore queues, ItemStore items, ProfileStore profiles, AssignmentStore assignments, OfferStore offers,
                Queueing queueing,
                Presence presence, Directory directory, InboxDirectory inboxes, RoutingProperties properties, Clock clock) {
        this.queues = queues;
        this.items = items;
        this.profiles = profiles;
        this.assignments = assignments;
        this.offers = offers;
        this.queueing = queueing;
        this.presence = presence;
        this.directory = directory;
        this.inboxes = inboxes;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public List<QueueState> states(Caller caller) {
        caller.require(Role.SUPERVISOR);
        WorkspaceId workspace = caller.workspaceId();
        queues.defaultQueue(workspace);
        Map<UUID, ItemStore.QueueCounts> counts = items.countsByQueue(workspace);
        Staff staff = staff(workspace);
        Instant now = clock.instant();
        List<QueueState> states = new ArrayList<>();
        for (RoutingQueue queue : queues.queues(workspace)) {
            ItemStore.QueueCounts count = counts.getOrDefault(queue.id(), new ItemStore.QueueCounts(0, 0, now));
            int available = 0;
            int busy = 0;
            int away = 0;
            for (StaffMember member : staff.members()) {
                if (!staff.mayServe(member.id(), queue)) {
                    continue;
                }
                PresenceStatus status = staff.status(member.id());
                if (status == PresenceStatus.AVAILABLE) {
                    available++;
                } else if (status == PresenceStatus.BUSY) {
                    busy++;
                } else if (status != PresenceStatus.OFFLINE) {
                    away++;
                }
            }
            Long expected = expectedWait(workspace, queue, null, count.waiting() + 1, staff).map(Duration::toSeconds).orElse(null);
            states.add(new QueueState(queue.id(), queue.name(), count.waiting(), count.offered(),
                    Math.max(0, Duration.between(count.oldest(), now).toSeconds()), available, busy, away, expected));
        }
        return states;
    }

    /**
     * How long a new conversation in this inbox would wait, by the method in the class comment; empty
     * when nobody who may serve its queue is available or busy, or the inbox does not exist.
     */
    @Transactional
    public Optional<Duration> expectedWait(WorkspaceId workspace, UUID inboxId) {
        return inboxes.find(workspace, inboxId).flatMap(inbox -> {
            QueueMatch match = queueing.match(workspace, SampleConversation.ofInbox(inbox.channel(), inboxId));
            RoutingQueue queue = queues.queue(workspace, match.queueId()).orElseThrow();
            long waiting = items.countsByQueue(workspace).getOrDefault(queue.id(), new ItemStore.QueueCounts(0, 0, clock.instant())).waiting();
            return expectedWait(workspace, queue, inbox.channel(), waiting + 1, staff(workspace));
        });
    }

    /**
     * How long a conversation at {@code position} (1 = next) in this queue would still wait, by the same method;
     * empty when nobody who may serve it is available or busy, or the queue does not exist. For the voice IVR's
     * announcements to a caller already waiting.
     */
    @Transactional(readOnly = true)
    public Optional<Duration> expectedWait(WorkspaceId workspace, UUID queueId, long position) {
        return queues.queue(workspace, queueId)
                .flatMap(queue -> expectedWait(workspace, queue, null, Math.max(1, position), staff(workspace)));
    }

    private Optional<Duration> expectedWait(WorkspaceId workspace, RoutingQueue queue, @org.jspecify.annotations.Nullable String channel, long position, Staff staff) {
        ChannelKind kind = ChannelKind.of(channel == null ? (queue.inboxId() == null ? "chat"
                : inboxes.find(workspace, queue.inboxId()).map(InboxDirectory.InboxRef::channel).orElse("chat")) : channel);
        long slots = 0;
        long free = 0;
        for (StaffMember member : staff.members()) {
            if (staff.mayServe(member.id(), queue) && WORKING.contains(staff.status(member.id()))) {
                RoutingProfile.Capacity capacity = staff.profile(member.id()).capacity();
                slots += capacity.of(kind);
                if (staff.status(member.id()) == PresenceStatus.AVAILABLE) {
                    free += WaitEstimate.freePlaces(capacity, staff.load(member.id()), kind);
                }
            }
        }
        if (slots == 0) {
            return Optional.empty();
        }
        Instant since = clock.instant().minus(Duration.ofHours(24));
        Duration accept = offers.meanAcceptTime(workspace, since).orElse(Duration.ZERO);
        Duration handle = position <= free ? Duration.ZERO
                : assignments.meanHandleTime(workspace, kind, since).orElse(properties.defaultHandleTimeOrDefault());
        return WaitEstimate.expectedWait(position, free, slots, accept, handle);
    }

    private Staff staff(WorkspaceId workspace) {
        return new Staff(directory.members(workspace).stream().filter(StaffMember::active).toList(),
                presence.statusesIn(workspace), profiles.all(workspace), directory.teamsByMember(workspace),
                assignments.loads(workspace));
    }

    private record Staff(List<StaffMember> members, Map<UserId, AgentPresence> statuses, Map<UserId, RoutingProfile> profiles,
                         Map<UserId, List<UUID>> teams, Map<UserId, int[]> loads) {

        int[] load(UserId user) {
            return loads.getOrDefault(user, new int[ChannelKind.values().length]);
        }

        PresenceStatus status(UserId user) {
            AgentPresence presence = statuses.get(user);
            return presence == null ? PresenceStatus.OFFLINE : presence.status();
        }

        RoutingProfile profile(UserId user) {
            return profiles.getOrDefault(user, RoutingProfile.defaultFor(user));
        }

        boolean mayServe(UserId user, RoutingQueue queue) {
            if (queue.teamId() != null && !teams.getOrDefault(user, List.of()).contains(queue.teamId())) {
                return false;
            }
            return queue.requiredSkill() == null || profile(user).skills().getOrDefault(queue.requiredSkill(), 0) >= queue.minProficiency();
        }
    }
}
