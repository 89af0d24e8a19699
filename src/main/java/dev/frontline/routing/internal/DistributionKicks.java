package dev.frontline.routing.internal;

import dev.frontline.shared.AfterCommit;
import dev.frontline.shared.WorkspaceId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Starts distribution for a workspace once the current transaction has committed (an item arrived, an
 * offer ended, an agent became available or freed a place), on a worker thread, so the request that
 * caused it does not wait. Kicks for a workspace already waiting to run are merged into that run.
 */
@Component
public class DistributionKicks {

    private static final Logger log = LoggerFactory.getLogger(DistributionKicks.class);

    private final Set<WorkspaceId> scheduled = ConcurrentHashMap.newKeySet();
    private final Distributor distributor;
    private final Executor executor;

    DistributionKicks(Distributor distributor, @Qualifier("applicationTaskExecutor") Executor executor) {
        this.distributor = distributor;
        this.executor = executor;
    }

    public void afterCommit(WorkspaceId workspace) {
        AfterCommit.run(() -> {
            if (scheduled.add(workspace)) {
                executor.execute(() -> {
                    scheduled.remove(workspace);
                    try {
                        distributor.distribute(workspace);
                    } catch (RuntimeException e) {
                        log.warn("Distribution in workspace {} failed; the sweep retries it: {}", workspace, e.toString());
                    }
                });
            }
        });
    }
}
