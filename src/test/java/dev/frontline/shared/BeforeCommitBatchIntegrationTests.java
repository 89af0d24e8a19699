package dev.frontline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A transaction's items are handled together, once, inside it and just before it commits. */
@IntegrationTest
class BeforeCommitBatchIntegrationTests {

    /** One call of the handler: its items, and whether a transaction was still open around it. */
    record Handled(List<String> items, boolean inTransaction) {
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    List<Handled> handled;
    BeforeCommitBatch<String> batch;
    TransactionTemplate transaction;
    TransactionTemplate newTransaction;

    @BeforeEach
    void setUp() {
        handled = new ArrayList<>();
        batch = new BeforeCommitBatch<>(dataSource, items -> handled.add(
                new Handled(items, TransactionSynchronizationManager.isActualTransactionActive())));
        transaction = new TransactionTemplate(transactionManager);
        newTransaction = new TransactionTemplate(transactionManager);
        newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Test
    void withoutATransactionEachItemIsHandledAtOnce() {
        batch.add("a");
        batch.add("b");

        assertThat(handled).containsExactly(new Handled(List.of("a"), false), new Handled(List.of("b"), false));
    }

    @Test
    void aTransactionsItemsAreHandledTogetherInsideItWhenItCommits() {
        transaction.executeWithoutResult(status -> {
            batch.add("a");
            batch.add("b");
            batch.add("c");
            assertThat(handled).isEmpty();
        });

        assertThat(handled).containsExactly(new Handled(List.of("a", "b", "c"), true));
    }

    @Test
    void aFlushHandlesWhatIsPendingAndTheRestFollowsAtCommit() {
        transaction.executeWithoutResult(status -> {
            batch.add("a");
            batch.flush();
            batch.flush();
            assertThat(handled).containsExactly(new Handled(List.of("a"), true));
            batch.add("b");
        });

        assertThat(handled).containsExactly(new Handled(List.of("a"), true), new Handled(List.of("b"), true));
    }

    @Test
    void aRollbackHandlesNothing() {
        transaction.executeWithoutResult(status -> {
            batch.add("a");
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> batch.add("b"));

        assertThat(handled).containsExactly(new Handled(List.of("b"), true));
    }

    @Test
    void aTransactionStartedInsideAnotherHandlesItsOwnItemsWhenItCommits() {
        transaction.executeWithoutResult(outer -> {
            batch.add("outer");
            newTransaction.executeWithoutResult(inner -> batch.add("inner"));
            assertThat(handled).containsExactly(new Handled(List.of("inner"), true));
        });

        assertThat(handled).containsExactly(new Handled(List.of("inner"), true), new Handled(List.of("outer"), true));
    }

    @Test
    void anItemTheHandlersOwnWorkAddsIsHandledToo() {
        List<List<String>> calls = new ArrayList<>();
        AtomicReference<BeforeCommitBatch<String>> reentrant = new AtomicReference<>();
        reentrant.set(new BeforeCommitBatch<>(dataSource, items -> {
            calls.add(items);
            if (items.contains("a")) {
                reentrant.get().add("follow-up of a");
            }
        }));

        transaction.executeWithoutResult(status -> reentrant.get().add("a"));

        assertThat(calls).containsExactly(List.of("a"), List.of("follow-up of a"));
    }

    @Test
    void anItemAddedByABeforeCommitCallbackAfterTheBatchWasHandledIsHandledAtOnce() {
        transaction.executeWithoutResult(status -> {
            batch.add("a");
            // Registered after the batch's own callback, so it runs after the batch was handled.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    batch.add("late");
                }
            });
        });

        assertThat(handled).containsExactly(new Handled(List.of("a"), true), new Handled(List.of("late"), true));
    }
}
