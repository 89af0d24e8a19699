package dev.frontline.channels.messaging;

import dev.frontline.shared.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an SMS or WhatsApp inbox knows of a customer number: when the customer last wrote (WhatsApp's
 * customer-service window) and whether they opted out of SMS. Kept in the database, so every node agrees.
 */
@Component
public class MessagingNumbers {

    public record State(@Nullable Instant lastInboundAt, @Nullable Instant optedOutAt) {

        public boolean optedOut() {
            return optedOutAt != null;
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    MessagingNumbers(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public State state(UUID inboxId, String phone) {
        return jdbc.sql("select last_inbound_at, opted_out_at from messaging_numbers where inbox_id = ? and phone = ?")
                .params(inboxId, phone)
                .query((rs, n) -> new State(Timestamps.read(rs, "last_inbound_at"),
                        Timestamps.read(rs, "opted_out_at")))
                .optional()
                .orElse(new State(null, null));
    }

    /** The customer wrote at {@code at}; a redelivered older message never moves the time back. */
    public void wrote(UUID inboxId, String phone, Instant at) {
        ensure(inboxId, phone);
        jdbc.sql("""
                update messaging_numbers set last_inbound_at = ? where inbox_id = ? and phone = ?
                    and (last_inbound_at is null or last_inbound_at < ?)""")
                .params(Timestamps.sql(at), inboxId, phone, Timestamps.sql(at))
                .update();
    }

    /**
     * {@link #wrote} for a batch of customers of one inbox, in two statements (part of the group commit's
     * transaction). Rows are written in the numbers' order (the insert's, and the update's through the primary key),
     * so two nodes' batches wait for each other instead of deadlocking.
     */
    public void wroteAll(UUID inboxId, SortedMap<String, Instant> latestByPhone) {
        if (latestByPhone.isEmpty()) {
            return;
        }
        List<Map.Entry<String, Instant>> rows = List.copyOf(latestByPhone.entrySet());
        batch.batchUpdate("insert into messaging_numbers (inbox_id, phone) values (?, ?) on conflict do nothing",
                rows.stream().map(row -> new Object[] {inboxId, row.getKey()}).toList());
        // One statement for all the numbers: each row's time is picked by its number.
        String latest = "case phone" + " when ? then cast(? as timestamp with time zone)".repeat(rows.size()) + " end";
        List<Object> params = new ArrayList<>();
        rows.forEach(row -> params.addAll(List.of(row.getKey(), Timestamps.sql(row.getValue()))));
        params.add(inboxId);
        rows.forEach(row -> params.add(row.getKey()));
        rows.forEach(row -> params.addAll(List.of(row.getKey(), Timestamps.sql(row.getValue()))));
        jdbc.sql("update messaging_numbers set last_inbound_at = " + latest + " where inbox_id = ? and phone in ("
                        + String.join(", ", Collections.nCopies(rows.size(), "?")) + ")"
                        + " and (last_inbound_at is null or last_inbound_at < " + latest + ")")
                .params(params)
                .update();
    }

    /** The customer opted out ({@code at}) or back in ({@code null}). */
    public void optOut(UUID inboxId, String phone, @Nullable Instant at) {
        ensure(inboxId, phone);
        jdbc.sql("update messaging_numbers set opted_out_at = ? where inbox_id = ? and phone = ?")
                .params(at == null ? null : Timestamps.sql(at), inboxId, phone)
                .update();
    }

    /** Inserts the row unless it exists, also when another node inserts it at the same time. */
    private void ensure(UUID inboxId, String phone) {
        jdbc.sql("insert into messaging_numbers (inbox_id, phone) values (?, ?) on conflict do nothing")
                .params(inboxId, phone)
                .update();
    }
}
