package dev.frontline.routing;

import dev.frontline.identity.Directory;
import dev.frontline.identity.StaffMember;
import dev.frontline.shared.AfterCommit;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.NotFoundException;
import java.util.Set;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Accepts an offer at once, on the agent's behalf, when their routing profile says {@code autoAccept}: pushed and
 * transferred offers (pulled ones are accepted by "get next" anyway). The accept runs after the offer's transaction
 * commits, on a worker thread, through the same path as the agent's own accept ({@link Routing#accept}), so it
 * takes the conversation's row before the item's like every accept and never waits on the distributor that made
 * the offer. The profile is the one the distributor locked to make the offer (carried by the event), not read again.
 * If the node stops in between, the offer simply expires and the next one is accepted again. An accept
 * that loses (the offer was cancelled meanwhile) is nothing to report.
 */
@Component
class AutoAccept {

    private static final Logger log = LoggerFactory.getLogger(AutoAccept.class);
    private static final Set<String> MODES = Set.of("PUSH", "TRANSFER");

    private final Directory directory;
    private final Routing routing;
    private final Executor executor;

    AutoAccept(Directory directory, Routing routing,
               @Qualifier("applicationTaskExecutor") Executor executor) {
        this.directory = directory;
        this.routing = routing;
        this.executor = executor;
    }

    @EventListener
    void on(RoutingOfferCreated created) {
        if (!created.autoAccept() || !MODES.contains(created.mode())) {
            return;
        }
        AfterCommit.run(() -> executor.execute(() -> directory.member(created.workspaceId(), created.agentId())
                .filter(StaffMember::active)
                .ifPresent(agent -> accept(new Caller(created.workspaceId(), agent.id(), agent.role()), created))));
    }

    private void accept(Caller agent, RoutingOfferCreated created) {
        try {
            routing.accept(agent, created.offerId());
        } catch (ConflictException | NotFoundException e) {
            log.debug("Offer {} ended before it could be accepted automatically: {}", created.offerId(), e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Accepting offer {} automatically failed; it expires as usual: {}", created.offerId(), e.toString());
        }
    }
}
