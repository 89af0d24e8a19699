package dev.frontline.sla.internal;

import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.sla.SlaBreached;
import dev.frontline.sla.SlaWarning;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On every node, every {@code frontline.sla.sweep-interval}: fires the warnings and breaches that are due.
 * It reads only rows whose {@code warn_at} or {@code due_at} has passed (both indexed), so its cost grows
 * with due clocks, not with open conversations. Rows are claimed with {@code for update skip locked} and
 * cleared by a conditional update in the transaction that publishes the event, so each event fires exactly
 * once across nodes; clocks that fell due while every node was down fire at the first sweep after start,
 * marked {@code late}.
 */
@Component
class SlaSweep {

    private static final Logger log = LoggerFactory.getLogger(SlaSweep.class);
    static final int BATCH = 200;

    private final ClockStore clocks;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration lateAfter;

    SlaSweep(ClockStore clocks, ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
             Clock clock, @Value("${frontline.sla.late-after:PT1M}") Duration lateAfter) {
        this.clocks = clocks;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.lateAfter = lateAfter;
    }

    @Scheduled(fixedDelayString = "${frontline.sla.sweep-interval:PT0.25S}")
    void sweep() {
        try {
            Instant now = clock.instant();
            while (!fireDue(now).isEmpty()) {
                log.debug("SLA events fired, looking for more due at {}", now);
            }
        } catch (RuntimeException e) {
            log.warn("SLA sweep failed: {}", e.toString());
        }
    }

    /** Fires up to a batch of due warnings and a batch of due breaches; returns the events this call published. */
    List<WorkspaceEvent> fireDue(Instant now) {
        List<WorkspaceEvent> fired = transactions.execute(status -> {
            List<WorkspaceEvent> published = new ArrayList<>();
            for (ClockStore.Due due : clocks.markWarned(clocks.dueWarnings(now, BATCH))) {
                published.add(new SlaWarning(due.workspace(), due.conversation(), due.metric(), due.policy(),
                        due.at(), due.dueAt() == null ? due.at() : due.dueAt(), late(due.at(), now)));
            }
            for (ClockStore.Due due : clocks.markBreached(clocks.dueBreaches(now, BATCH), now)) {
                published.add(new SlaBreached(due.workspace(), due.conversation(), due.metric(), due.policy(),
                        due.at(), late(due.at(), now)));
            }
            published.forEach(events::publishEvent);
            return published;
        });
        return fired == null ? List.of() : fired;
    }

    private boolean late(Instant at, Instant now) {
        return Duration.between(at, now).compareTo(lateAfter) > 0;
    }
}
