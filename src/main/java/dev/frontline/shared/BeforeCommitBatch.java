package dev.frontline.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work a transaction gathers item by item and does once, for all its items, just before it commits: a group commit
 * that opens many conversations inserts their rows with one statement instead of one each, and still commits them
 * with everything else. {@link #flush} does the pending work earlier, for a store about to read what it defers. Without
 * a transaction an item is handled at once. A rollback drops what is pending, like the database does; a transaction
 * started inside another ({@code REQUIRES_NEW}) gathers its own items.
 * <p>
 * Items must be added while the transaction's own work runs (its statements and the listeners of its events), not from
 * another before-commit callback: Spring no longer calls a synchronization registered while the before-commit
 * callbacks run, so the first item of a batch added there would never be handled. Once the batch has been handled,
 * later items are handled at once.
 *
 * @param <T> an item
 */
public final class BeforeCommitBatch<T> {

    private static final Logger log = LoggerFactory.getLogger(BeforeCommitBatch.class);

    /** This batch in one physical transaction (the connection the transaction holds). */
    private record Binding(BeforeCommitBatch<?> batch, Object transaction) {
    }

    private static final class Pending<T> {
        final List<T> items = new ArrayList<>();
        boolean committing;
    }

    private final DataSource dataSource;
    private final Consumer<List<T>> handler;

    /** {@code handler}: does the work for a non-empty list of items, in the transaction that gathered them. */
    public BeforeCommitBatch(DataSource dataSource, Consumer<List<T>> handler) {
        this.dataSource = dataSource;
        this.handler = handler;
    }

    public void add(T item) {
        Pending<T> pending = pending(true);
        if (pending == null || pending.committing) {
            handler.accept(List.of(item));
        } else {
            pending.items.add(item);
        }
    }

    /** Does the work pending in this transaction now. */
    public void flush() {
        Pending<T> pending = pending(false);
        if (pending != null) {
            handle(pending);
        }
    }

    private void handle(Pending<T> pending) {
        if (!pending.items.isEmpty()) {
            List<T> items = List.copyOf(pending.items);
            pending.items.clear();
            handler.accept(items);
        }
    }

    @SuppressWarnings("unchecked")
    private @Nullable Pending<T> pending(boolean create) {
        Object transaction = TransactionSynchronizationManager.getResource(dataSource);
        if (transaction == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Binding binding = new Binding(this, transaction);
        Pending<T> pending = (Pending<T>) TransactionSynchronizationManager.getResource(binding);
        if (pending == null && create) {
            Pending<T> created = new Pending<>();
            TransactionSynchronizationManager.bindResource(binding, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    created.committing = true; // an item the handler's own work adds is handled at once
                    handle(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(binding);
                    if (status == STATUS_COMMITTED && !created.committing && !created.items.isEmpty()) {
                        log.error("{} item(s) gathered after the transaction's before-commit callbacks started were "
                                + "never handled", created.items.size());
                    }
                }
            });
            return created;
        }
        return pending;
    }
}
