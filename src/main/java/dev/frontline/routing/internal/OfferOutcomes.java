package dev.frontline.routing.internal;

import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.Status;
import dev.frontline.routing.Offer;
import dev.frontline.routing.QueueHistory;
import dev.frontline.routing.RoutingOfferAccepted;
import dev.frontline.routing.RoutingOfferCancelled;
import dev.frontline.routing.RoutingOfferDeclined;
import dev.frontline.routing.RoutingOfferExpired;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Ends offers. Every path locks the conversation's item row before the offer row (the distributor
 * holds the item row while it creates an offer), so these never deadlock with each other or with it.
 * Runs inside the caller's transaction.
 */
@Component
public class OfferOutcomes {

    private final ItemStore items;
    private final OfferStore offers;
    private final ProfileStore profiles;
    private final VisitStore visits;
    private final DistributionKicks kicks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfferOutcomes(ItemStore items, OfferStore offers, ProfileStore profiles, VisitStore visits, DistributionKicks kicks,
                  ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.offers = offers;
        this.profiles = profiles;
        this.visits = visits;
        this.kicks = kicks;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The conversation was assigned by any means: its pending offer counts as accepted if it went to the
     * new assignee and has not expired, else it is cancelled; either way it leaves its queue.
     */
    public void assigned(WorkspaceId workspace, ConversationId conversation, UserId assignee) {
        Optional<RoutingItem> item = items.lock(workspace, conversation);
        Instant now = clock.instant();
        offers.pendingFor(workspace, conversation).ifPresent(offer -> {
            boolean accepted = offer.agentId().equals(assignee.value()) && now.isBefore(offer.expiresAt());
            offers.decide(workspace, offer.id(), accepted ? Offer.Outcome.ACCEPTED : Offer.Outcome.CANCELLED, null, now);
            UserId agent = new UserId(offer.agentId());
            events.publishEvent(accepted
                    ? new RoutingOfferAccepted(workspace, offer.id(), conversation, agent, offer.queueId())
                    : new RoutingOfferCancelled(workspace, offer.id(), conversation, agent, offer.queueId()));
        });
        item.ifPresent(present -> {
            items.delete(workspace, conversation);
            visits.record(workspace, present, QueueHistory.Outcome.ANSWERED, assignee, now);
        });
    }

    /**
     * The conversation no longer waits (its status is now {@code status}: resolved, closed, snoozed, pending):
     * cancel its offer and leave the queue. Resolved or closed before anyone took it counts as abandoned.
     */
    public void leaveQueue(WorkspaceId workspace, ConversationId conversation, Status status) {
        Optional<RoutingItem> item = items.lock(workspace, conversation);
        if (item.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        offers.pendingFor(workspace, conversation).ifPresent(offer -> cancel(workspace, offer, now));
        items.delete(workspace, conversation);
        visits.record(workspace, item.get(), status == Status.RESOLVED || status == Status.CLOSED
                ? QueueHistory.Outcome.ABANDONED : QueueHistory.Outcome.SET_ASIDE, null, now);
        kicks.afterCommit(workspace);
    }

    /**
     * Puts a queued conversation back to waiting, in {@code queueId} when given: its pending offer (if any)
     * is cancelled. False if it is not queued.
     */
    public boolean requeue(WorkspaceId workspace, ConversationId conversation, @Nullable UUID queueId) {
        Optional<RoutingItem> item = items.lock(workspace, conversation);
        if (item.isEmpty()) {
            return false;
        }
        offers.pendingFor(workspace, conversation).ifPresent(offer -> cancel(workspace, offer, clock.instant()));
        items.moveTo(workspace, conversation, queueId != null ? queueId : item.get().queueId(), queueId != null);
        kicks.afterCommit(workspace);
        return true;
    }

    /** The agent declines their pending offer; the conversation waits for the next agent. */
    public Offer decline(WorkspaceId workspace, Offer offer, @Nullable String reason) {
        ConversationId conversation = new ConversationId(offer.conversationId());
        items.lock(workspace, conversation);
        if (!offers.decide(workspace, offer.id(), Offer.Outcome.DECLINED, reason, clock.instant())) {
            throw new ConflictException("This offer has already ended.");
        }
        items.changeState(workspace, conversation, RoutingItem.State.WAITING);
        events.publishEvent(new RoutingOfferDeclined(workspace, offer.id(), conversation, new UserId(offer.agentId()),
                offer.queueId(), reason));
        kicks.afterCommit(workspace);
        return offers.find(workspace, offer.id()).orElseThrow();
    }

    /** Expires a due offer unless someone else is deciding its conversation right now (then a later sweep looks again). */
    public boolean expire(OfferStore.Due due) {
        if (items.tryLock(due.workspaceId(), due.conversationId()).isEmpty()) {
            return false;
        }
        Optional<Offer> offer = offers.find(due.workspaceId(), due.offerId());
        if (offer.isEmpty() || !offers.decide(due.workspaceId(), due.offerId(), Offer.Outcome.EXPIRED, null, clock.instant())) {
            return false;
        }
        items.changeState(due.workspaceId(), due.conversationId(), RoutingItem.State.WAITING);
        events.publishEvent(new RoutingOfferExpired(due.workspaceId(), due.offerId(), due.conversationId(),
                new UserId(offer.get().agentId()), offer.get().queueId()));
        kicks.afterCommit(due.workspaceId());
        return true;
    }

    /**
     * The agent is no longer available: their pending offers go back to the queue. Takes the agent's
     * profile lock first, so an offer being made to them right now is committed before this looks.
     */
    public void agentLeft(WorkspaceId workspace, UserId agent) {
        profiles.lock(workspace, agent);
        Instant now = clock.instant();
        for (Offer offer : offers.pendingOf(workspace, agent)) {
            ConversationId conversation = new ConversationId(offer.conversationId());
            items.lock(workspace, conversation);
            offers.find(workspace, offer.id()).filter(current -> current.outcome() == null).ifPresent(current -> {
                cancel(workspace, current, now);
                items.changeState(workspace, conversation, RoutingItem.State.WAITING);
            });
        }
        kicks.afterCommit(workspace);
    }

    private void cancel(WorkspaceId workspace, Offer offer, Instant now) {
        if (offers.decide(workspace, offer.id(), Offer.Outcome.CANCELLED, null, now)) {
            events.publishEvent(new RoutingOfferCancelled(workspace, offer.id(), new ConversationId(offer.conversationId()),
                    new UserId(offer.agentId()), offer.queueId()));
        }
    }
}
