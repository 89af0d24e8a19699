package dev.frontline.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A map that lives as long as the current database transaction, so that a store can remember rows it wrote in this
 * transaction and answer the listeners' reads of them without a query. Without a transaction it stays empty. A
 * transaction started inside another ({@code REQUIRES_NEW}) has a map of its own: it cannot see the other's
 * uncommitted rows either. A rollback forgets everything, like the database does.
 *
 * @param <K> a row's key
 * @param <V> what was written
 */
public final class TransactionScopedMap<K, V> {

    /** This map in one physical transaction (the connection the transaction holds). */
    private record Binding(TransactionScopedMap<?, ?> map, Object transaction) {
    }

    private final DataSource dataSource;

    public TransactionScopedMap(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public @Nullable V get(K key) {
        Map<K, V> entries = entries(false);
        return entries == null ? null : entries.get(key);
    }

    /** The value this transaction remembers, or else {@code compute}'s, remembered until the transaction ends. */
    public V computeIfAbsent(K key, Function<K, V> compute) {
        Map<K, V> entries = entries(true);
        if (entries == null) {
            return compute.apply(key);
        }
        V value = entries.get(key);
        if (value == null) {
            value = compute.apply(key);
            entries.put(key, value);
        }
        return value;
    }

    /** Remembers the value until the transaction ends; does nothing outside a transaction. */
    public void put(K key, V value) {
        Map<K, V> entries = entries(true);
        if (entries != null) {
            entries.put(key, value);
        }
    }

    public void remove(K key) {
        Map<K, V> entries = entries(false);
        if (entries != null) {
            entries.remove(key);
        }
    }

    public void clear() {
        Map<K, V> entries = entries(false);
        if (entries != null) {
            entries.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private @Nullable Map<K, V> entries(boolean create) {
        Object transaction = TransactionSynchronizationManager.getResource(dataSource);
        if (transaction == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Binding binding = new Binding(this, transaction);
        Map<K, V> entries = (Map<K, V>) TransactionSynchronizationManager.getResource(binding);
        if (entries == null && create) {
            Map<K, V> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(binding, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(binding);
                }
            });
            return created;
        }
        return entries;
    }
}
