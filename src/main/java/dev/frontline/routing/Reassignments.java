package dev.frontline.routing;

import dev.frontline.audit.AuditTrail;
import dev.frontline.conversations.ConversationCommands;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationTransferred;
import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.Status;
import dev.frontline.identity.Directory;
import dev.frontline.identity.StaffMember;
import dev.frontline.presence.Presence;
import dev.frontline.presence.PresenceStatus;
import dev.frontline.routing.internal.AssignmentStore;
import dev.frontline.routing.internal.EligibilityPolicy;
import dev.frontline.routing.internal.OfferStore;
import dev.frontline.routing.internal.ProfileStore;
import dev.frontline.routing.internal.QueueStore;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.UserId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor moves an open conversation, waiting or assigned, to another agent or another queue, with an
 * optional internal note. To a queue it is a {@link Transfers transfer}. To an agent it is assigned to them at
 * once (no offer to accept: a supervisor decided), provided they are signed in (not OFFLINE) and have a free
 * place on the conversation's kind of channel and in total; {@code force} skips both checks, for the
 * supervisor who knows better (the agent is then over capacity until they finish something, and routing offers
 * them nothing new meanwhile). The agent's routing profile row is locked before their load is read, as the
 * distributor does, so a concurrent offer cannot slip into the place being checked. Recorded on the timeline
 * ({@link ConversationTransferred}, kind REASSIGNMENT) and in the audit log; one transaction, so a refused
 * reassignment changes nothing.
 */
@Service
public class Reassignments {

    /** The result: who has the conversation now, or the queue it waits in. */
    public record Reassignment(UUID conversationId, @Nullable UUID agentId, @Nullable UUID queueId, boolean forced) {
    }

    private final ConversationQueries conversations;
    private final ConversationCommands commands;
    private final Directory directory;
    private final Presence presence;
    private final ProfileStore profiles;
    private final AssignmentStore assignments;
    private final OfferStore offers;
    private final QueueStore queues;
    private final Transfers transfers;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Reassignments(ConversationQueries conversations, ConversationCommands commands, Directory directory, Presence presence,
                  ProfileStore profiles, AssignmentStore assignments, OfferStore offers, QueueStore queues,
                  Transfers transfers, AuditTrail audit, ApplicationEventPublisher events) {
        this.conversations = conversations;
        this.commands = commands;
        this.directory = directory;
        this.presence = presence;
        this.profiles = profiles;
        this.assignments = assignments;
        this.offers = offers;
        this.queues = queues;
        this.transfers = transfers;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public Reassignment reassign(Caller caller, ConversationId id, @Nullable UUID agentId, @Nullable UUID queueId,
                                 @Nullable String note, boolean force) {
        caller.require(Role.SUPERVISOR);
        if ((agentId == null) == (queueId == null)) {
            throw new InvalidRequestException("agentId", "give exactly one of agentId and queueId");
        }
        ConversationView conversation = conversations.get(caller.workspaceId(), id);
        UUID from = conversation.assigneeId();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("fromAgentId", from);
        if (queueId != null) {
            Transfers.Transfer moved = transfers.transfer(caller, id, null, queueId, note, "REASSIGNMENT");
            detail.put("toQueueId", moved.queueId());
            audit.record(caller, "routing.conversation_reassigned", "conversation", id.value(), detail);
            return new Reassignment(id.value(), null, moved.queueId(), false);
        }
        String text = Transfers.noteText(note);
        if (conversation.status() != Status.OPEN) {
            throw new ConflictException("Only an open conversation can be reassigned.");
        }
        StaffMember agent = directory.member(caller.workspaceId(), new UserId(agentId))
                .filter(StaffMember::active)
                .orElseThrow(() -> new UnprocessableException("Agent " + agentId + " does not exist or is deactivated."));
        if (agentId.equals(from)) {
            throw new UnprocessableException("This agent already handles this conversation.");
        }
        RoutingProfile profile = profiles.lock(caller.workspaceId(), agent.id());
        boolean forced = false;
        if (presence.statusOf(caller.workspaceId(), agent.id()).status() == PresenceStatus.OFFLINE) {
            forced = refuseUnless(force, "This agent is offline.");
        }
        ChannelKind kind = ChannelKind.of(ChannelKind.channelOf(conversation.channel()));
        String noRoom = EligibilityPolicy.whyNoRoom(profile, loadWithoutThisOffer(caller, id, agent.id()), kind);
        if (noRoom != null) {
            forced = refuseUnless(force, noRoom);
        }
        if (text != null) {
            commands.note(caller, id, text, List.of(agentId));
        }
        commands.assign(caller, id, agentId, conversation.teamId());
        events.publishEvent(new ConversationTransferred(caller.workspaceId(), id, "REASSIGNMENT",
                from == null ? null : new UserId(from), agent.id(), null, null, forced, caller.asActor()));
        detail.put("toAgentId", agentId);
        detail.put("forced", forced);
        audit.record(caller, "routing.conversation_reassigned", "conversation", id.value(), detail);
        return new Reassignment(id.value(), agentId, null, forced);
    }

    /** What the agent holds, not counting a pending offer of this very conversation to them (it becomes the assignment). */
    private int[] loadWithoutThisOffer(Caller caller, ConversationId id, UserId agent) {
        int[] load = assignments.load(caller.workspaceId(), agent);
        offers.pendingFor(caller.workspaceId(), id)
                .filter(offer -> offer.agentId().equals(agent.value()))
                .ifPresent(offer -> load[ChannelKind.of(offer.channel()).ordinal()]--);
        return load;
    }

    private static boolean refuseUnless(boolean force, String reason) {
        if (!force) {
            throw new ConflictException(reason + " Reassign with force to assign anyway.");
        }
        return true;
    }
}
