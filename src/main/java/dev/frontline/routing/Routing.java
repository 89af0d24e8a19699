package dev.frontline.routing;

import dev.frontline.conversations.ConversationCommands;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationView;
import dev.frontline.routing.internal.Distributor;
import dev.frontline.routing.internal.OfferOutcomes;
import dev.frontline.routing.internal.OfferStore;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What agents do with routing: accept or decline the offers made to them, ask for the next item
 * (pull), and read the record of offers. Each call is one transaction (pull is two: reserve, then accept).
 */
@Service
public class Routing {

    private static final Set<String> OUTCOMES = Set.of("PENDING", "ACCEPTED", "DECLINED", "EXPIRED", "CANCELLED");

    private final OfferStore offers;
    private final OfferOutcomes outcomes;
    private final Distributor distributor;
    private final ConversationQueries conversations;
    private final ConversationCommands commands;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Routing(OfferStore offers, OfferOutcomes outcomes, Distributor distributor, ConversationQueries conversations,
            ConversationCommands commands, PlatformTransactionManager transactionManager, Clock clock) {
        this.offers = offers;
        this.outcomes = outcomes;
        this.distributor = distributor;
        this.conversations = conversations;
        this.commands = commands;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Accepts the caller's pending offer: the conversation is assigned to them through the conversations
     * API, whose assignment event marks the offer accepted in the same transaction. Fails with 409 if
     * the offer ended or expired meanwhile; nothing is assigned then.
     */
    public Offer accept(Caller caller, UUID offerId) {
        return transactions.execute(status -> {
            Offer offer = ownPending(caller, offerId);
            if (!clock.instant().isBefore(offer.expiresAt())) {
                throw new ConflictException("This offer has expired.");
            }
            ConversationId conversation = new ConversationId(offer.conversationId());
            ConversationView view = conversations.get(caller.workspaceId(), conversation);
            commands.assign(caller, conversation, caller.userId().value(), view.teamId());
            Offer decided = offers.find(caller.workspaceId(), offerId).orElseThrow();
            if (decided.outcome() != Offer.Outcome.ACCEPTED) {
                throw new ConflictException("This offer has already ended.");
            }
            return decided;
        });
    }

    /** Declines the caller's pending offer with an optional reason; the conversation goes to the next agent. */
    public Offer decline(Caller caller, UUID offerId, @Nullable String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 500) {
            throw new InvalidRequestException("reason", "must be at most 500 characters");
        }
        return transactions.execute(status -> outcomes.decline(caller.workspaceId(), ownPending(caller, offerId), why));
    }

    /** Pull: hands the caller the best waiting item they may take, assigned to them; empty when there is none. */
    public Optional<Offer> next(Caller caller) {
        return distributor.reserveFor(caller.workspaceId(), caller.userId()).map(offer -> accept(caller, offer.id()));
    }

    /**
     * Offers newest first. Agents see only their own; supervisors see everyone's and may filter by agent.
     * {@code outcome} is PENDING, ACCEPTED, DECLINED, EXPIRED or CANCELLED.
     */
    public List<Offer> offers(Caller caller, @Nullable UUID agentId, @Nullable UUID conversationId,
                              @Nullable String outcome, @Nullable Instant before, int limit) {
        if (limit < 1 || limit > 200) {
            throw new InvalidRequestException("limit", "must be between 1 and 200");
        }
        if (outcome != null && !OUTCOMES.contains(outcome)) {
            throw new InvalidRequestException("outcome", "must be one of PENDING, ACCEPTED, DECLINED, EXPIRED, CANCELLED");
        }
        UUID agent = caller.role().includes(Role.SUPERVISOR) ? agentId : caller.userId().value();
        return offers.list(caller.workspaceId(), new OfferStore.Filter(agent, conversationId, outcome, before), limit);
    }

    private Offer ownPending(Caller caller, UUID offerId) {
        Offer offer = offers.find(caller.workspaceId(), offerId)
                .filter(found -> found.agentId().equals(caller.userId().value()))
                .orElseThrow(() -> new NotFoundException("Offer", offerId));
        if (offer.outcome() != null) {
            throw new ConflictException("This offer has already ended (" + offer.outcome().name().toLowerCase() + ").");
        }
        return offer;
    }
}
