package dev.frontline.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.routing.RoutingQueue;
import dev.frontline.routing.RoutingRule;
import dev.frontline.shared.Ids;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Queues and rules are read once per transaction; a change in the same transaction is read again. */
@IntegrationTest
class QueueStoreReadsIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    QueueStore queues;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aChangeInTheTransactionIsSeenByItsNextRead() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        RoutingQueue fallback = queues.defaultQueue(workspace.id());
        transaction.executeWithoutResult(status -> {
            int before = queues.queues(workspace.id()).size();
            assertThat(queues.rules(workspace.id())).isEmpty();

            RoutingQueue vip = new RoutingQueue(Ids.newId(), "VIP", null, null, null, 1, null, false, true, 0,
                    fallback.agentSelection(), fallback.expansion());
            queues.insert(workspace.id(), vip, Instant.now());
            assertThat(queues.queues(workspace.id())).hasSize(before + 1).contains(vip);

            queues.insert(workspace.id(), new RoutingRule(Ids.newId(), vip.id(), 0, "SMS", null, null, null, null, "vip",
                    Map.of()));
            assertThat(queues.rules(workspace.id())).extracting(RoutingRule::queueId).containsExactly(vip.id());
            assertThat(queues.defaultQueue(workspace.id()).id()).isEqualTo(fallback.id());
        });
    }
}
