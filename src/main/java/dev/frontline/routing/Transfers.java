package dev.frontline.routing;

import dev.frontline.conversations.ConversationCommands;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationTransferred;
import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.Status;
import dev.frontline.identity.Directory;
import dev.frontline.presence.Presence;
import dev.frontline.routing.internal.Distributor;
import dev.frontline.routing.internal.OfferOutcomes;
import dev.frontline.routing.internal.QueueStore;
import dev.frontline.routing.internal.Queueing;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.ForbiddenException;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.UserId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers a conversation to a queue or to an agent, with an optional internal note. To a queue: the
 * conversation is given back (unassigned) and waits in that queue, whatever its rules say. To an agent:
 * it is given back and offered to that agent alone (mode TRANSFER); if they decline or let it expire,
 * it waits in its queue for anyone. The handling agent may transfer their own conversation; supervisors
 * any open one. All in one transaction: a refused transfer changes nothing. The timeline records it
 * ({@link ConversationTransferred}, kind TRANSFER).
 */
@Service
public class Transfers {

    /** The result: the queue the conversation waits in and, for a transfer to an agent, the offer made to them. */
    public record Transfer(UUID conversationId, UUID queueId, @Nullable Offer offer) {
    }

    /** Where the caller may transfer to: every queue, and every other active member, available (may take a transfer) or not. */
    public record Targets(List<QueueTarget> queues, List<AgentTarget> agents) {
    }

    public record QueueTarget(UUID id, String name) {
    }

    public record AgentTarget(UUID userId, String displayName, boolean available) {
    }

    private final ConversationQueries conversations;
    private final ConversationCommands commands;
    private final Directory directory;
    private final QueueStore queues;
    private final Queueing queueing;
    private final OfferOutcomes outcomes;
    private final Distributor distributor;
    private final ApplicationEventPublisher events;
    private final Presence presence;

    Transfers(ConversationQueries conversations, ConversationCommands commands, Directory directory, QueueStore queues,
              Queueing queueing, OfferOutcomes outcomes, Distributor distributor, ApplicationEventPublisher events,
              Presence presence) {
        this.conversations = conversations;
        this.commands = commands;
        this.directory = directory;
        this.queues = queues;
        this.queueing = queueing;
        this.outcomes = outcomes;
        this.distributor = distributor;
        this.events = events;
        this.presence = presence;
    }

    /**
     * For the transfer dialog, to every member (agents cannot read the queues' settings): queue names, and the
     * other active members with whether they are available now, the only state a transfer to them accepts. A
     * read creates nothing: a default queue not created yet is listed with the id it will get when a transfer
     * to it creates it.
     */
    @Transactional(readOnly = true)
    public Targets targets(Caller caller) {
        Set<UserId> available = Set.copyOf(presence.availableAgents(caller.workspaceId()));
        List<QueueTarget> queueTargets = new java.util.ArrayList<>();
        if (queues.storedDefaultQueue(caller.workspaceId()).isEmpty()) {
            queueTargets.add(new QueueTarget(QueueStore.firstDefaultQueueId(caller.workspaceId()), "Default"));
        }
        queues.queues(caller.workspaceId()).forEach(queue -> queueTargets.add(new QueueTarget(queue.id(), queue.name())));
        return new Targets(
                queueTargets,
                directory.members(caller.workspaceId()).stream()
                        .filter(member -> member.active() && !member.id().equals(caller.userId()))
                        .map(member -> new AgentTarget(member.id().value(), member.displayName(), available.contains(member.id())))
                        .toList());
    }

    @Transactional
    public Transfer transfer(Caller caller, ConversationId id, @Nullable UUID agentId, @Nullable UUID queueId,
                             @Nullable String note) {
        return transfer(caller, id, agentId, queueId, note, "TRANSFER");
    }

    /**
     * A warm hand-over: the colleague the handling agent brought onto the line (a consulted call) gets the conversation
     * at once, with no offer that could expire and go to someone else; their capacity is not checked, they are already
     * talking to the customer. Allowed to the handling agent and supervisors, for an open conversation and an active
     * colleague; recorded on the timeline as a TRANSFER, with the optional note.
     */
    @Transactional
    public void handOver(Caller caller, ConversationId id, UUID agentId, @Nullable String note) {
        String text = noteText(note);
        ConversationView conversation = conversations.get(caller.workspaceId(), id);
        if (!caller.userId().value().equals(conversation.assigneeId()) && !caller.role().includes(Role.SUPERVISOR)) {
            throw new ForbiddenException("Only the agent handling this conversation or a supervisor may hand it over.");
        }
        if (conversation.status() != Status.OPEN) {
            throw new ConflictException("Only an open conversation can be handed over.");
        }
        if (directory.member(caller.workspaceId(), new UserId(agentId)).filter(member -> member.active()).isEmpty()) {
            throw new UnprocessableException("Agent " + agentId + " does not exist or is deactivated.");
        }
        if (agentId.equals(conversation.assigneeId())) {
            throw new UnprocessableException("This agent already handles this conversation.");
        }
        if (text != null) {
            commands.note(caller, id, text, List.of(agentId));
        }
        // Agents may only assign to themselves; the hand-over they started is carried out for them.
        commands.assign(new Caller(caller.workspaceId(), caller.userId(), Role.SUPERVISOR), id, agentId, conversation.teamId());
        events.publishEvent(new ConversationTransferred(caller.workspaceId(), id, "TRANSFER",
                conversation.assigneeId() == null ? null : new UserId(conversation.assigneeId()), new UserId(agentId),
                null, null, false, caller.asActor()));
    }

    /** The internal note that goes with a move, stripped; null when blank; 400 when over 5000 characters. */
    static @Nullable String noteText(@Nullable String note) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 5000) {
            throw new InvalidRequestException("note", "must be at most 5000 characters");
        }
        return text;
    }

    /** As the public method; {@code kind} names it on the timeline (a supervisor's move to a queue is a REASSIGNMENT). */
    Transfer transfer(Caller caller, ConversationId id, @Nullable UUID agentId, @Nullable UUID queueId,
                      @Nullable String note, String kind) {
        if ((agentId == null) == (queueId == null)) {
            throw new InvalidRequestException("agentId", "give exactly one of agentId and queueId");
        }
        String text = noteText(note);
        ConversationView conversation = conversations.get(caller.workspaceId(), id);
        boolean handlesIt = caller.userId().value().equals(conversation.assigneeId());
        if (!handlesIt && !caller.role().includes(Role.SUPERVISOR)) {
            throw new ForbiddenException("Only the agent handling this conversation or a supervisor may transfer it.");
        }
        if (conversation.status() != Status.OPEN) {
            throw new ConflictException("Only an open conversation can be transferred.");
        }
        if (QueueStore.firstDefaultQueueId(caller.workspaceId()).equals(queueId)) {
            queues.defaultQueue(caller.workspaceId()); // listed by targets before it existed
        }
        RoutingQueue toQueue = queueId == null ? null : queues.queue(caller.workspaceId(), queueId)
                .orElseThrow(() -> new UnprocessableException("Queue " + queueId + " does not exist."));
        RoutingProfile target = null;
        if (agentId != null) {
            if (directory.member(caller.workspaceId(), new UserId(agentId)).isEmpty()) {
                throw new UnprocessableException("Agent " + agentId + " does not exist.");
            }
            if (agentId.equals(conversation.assigneeId())) {
                throw new UnprocessableException("This agent already handles this conversation.");
            }
            target = distributor.lockAvailable(caller.workspaceId(), new UserId(agentId));
        }
        if (text != null) {
            commands.note(caller, id, text, agentId == null ? List.of() : List.of(agentId));
        }
        if (conversation.assigneeId() != null) {
            commands.assign(caller, id, null, conversation.teamId()); // queued again by its rules, in this transaction
        }
        if (!outcomes.requeue(caller.workspaceId(), id, queueId) && !queueing.enqueue(caller.workspaceId(), id, queueId)) {
            throw new UnprocessableException("This conversation cannot be queued (it has no channel).");
        }
        Offer offer = target == null ? null : distributor.offerDirectly(caller.workspaceId(), id, target);
        UUID queue = offer != null ? offer.queueId() : queueId;
        events.publishEvent(new ConversationTransferred(caller.workspaceId(), id, kind,
                conversation.assigneeId() == null ? null : new UserId(conversation.assigneeId()),
                agentId == null ? null : new UserId(agentId), queueId, toQueue == null ? null : toQueue.name(), false,
                caller.asActor()));
        return new Transfer(id.value(), queue, offer);
    }
}
