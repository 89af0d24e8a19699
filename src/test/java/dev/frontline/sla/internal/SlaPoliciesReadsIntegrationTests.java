package dev.frontline.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.shared.Ids;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Policies are read once per transaction; a change in the same transaction is read again. */
@IntegrationTest
class SlaPoliciesReadsIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    SlaPolicies policies;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aChangeInTheTransactionIsSeenByItsNextRead() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        transaction.executeWithoutResult(status -> {
            assertThat(policies.list(workspace.id())).isEqualTo(SlaPolicy.DEFAULTS);

            SlaPolicy model = SlaPolicy.DEFAULTS.getFirst();
            SlaPolicy vip = new SlaPolicy(Ids.newId(), "VIP", 0, model.conditions(), model.targets(), model.businessTime(),
                    model.pauses(), false);
            policies.insert(workspace.id(), vip, Instant.now());
            assertThat(policies.list(workspace.id())).extracting(SlaPolicy::name).containsExactly("VIP");

            policies.delete(workspace.id(), vip.id());
            assertThat(policies.list(workspace.id())).isEqualTo(SlaPolicy.DEFAULTS);
        });
    }
}
