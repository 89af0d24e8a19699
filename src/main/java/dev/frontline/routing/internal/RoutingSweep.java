package dev.frontline.routing.internal;

import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On every node, every {@code frontline.routing.sweep-interval}: expires due offers (their due times
 * are in the database, so offers expire after a restart too and on whichever node looks first; the
 * query reads only due offers) and distributes in workspaces with waiting items, which catches any
 * kick lost with a crashed node.
 */
@Component
class RoutingSweep {

    private static final Logger log = LoggerFactory.getLogger(RoutingSweep.class);
    private static final int BATCH = 100;

    private final OfferStore offers;
    private final ItemStore items;
    private final OfferOutcomes outcomes;
    private final Distributor distributor;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RoutingSweep(OfferStore offers, ItemStore items, OfferOutcomes outcomes, Distributor distributor,
                 PlatformTransactionManager transactionManager, Clock clock) {
        this.offers = offers;
        this.items = items;
        this.outcomes = outcomes;
        this.distributor = distributor;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${frontline.routing.sweep-interval:PT1S}")
    void sweep() {
        try {
            expireDue();
            for (WorkspaceId workspace : items.workspacesWithWaiting()) {
                distributor.distribute(workspace);
            }
        } catch (RuntimeException e) {
            log.warn("Routing sweep failed: {}", e.toString());
        }
    }

    int expireDue() {
        List<OfferStore.Due> due = offers.due(clock.instant(), BATCH);
        int expired = 0;
        for (OfferStore.Due offer : due) {
            if (Boolean.TRUE.equals(transactions.execute(status -> outcomes.expire(offer)))) {
                expired++;
            }
        }
        return expired;
    }
}
