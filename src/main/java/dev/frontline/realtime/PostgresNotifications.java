package dev.frontline.realtime;

import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The live stream's channel between application nodes on PostgreSQL: {@code pg_notify} on the channel
 * {@value #CHANNEL} inside the publishing transaction, and one connection per node that LISTENs and hands
 * every notification to this node's {@link LiveEventStream}. A notification's payload is limited to 8000
 * bytes; a larger event is sent without its body (the UI refetches what an event names, so it loses nothing).
 * If the listening connection breaks it is opened again; events in that gap reach clients only through
 * their own refetch on reconnect, as the stream is best effort by design.
 */
@Component
class PostgresNotifications implements SmartLifecycle {

    static final String CHANNEL = "frontline_live";
    private static final int MAX_PAYLOAD_BYTES = 7900;
    private static final int NOTIFICATIONS_PER_STATEMENT = 200;
    private static final Logger log = LoggerFactory.getLogger(PostgresNotifications.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final LiveEventStream stream;
    private final boolean enabled;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread listener;

    PostgresNotifications(DataSource dataSource, JdbcClient jdbc, LiveEventStream stream,
                          @Value("${frontline.live.fan-out:auto}") String fanOut) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.stream = stream;
        this.enabled = !"local".equals(fanOut) && isPostgres(dataSource);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }

    boolean enabled() {
        return enabled;
    }

    /** True once this node listens, so that events published from now on reach its clients. */
    boolean listening() {
        return listening;
    }

    /** Sends the messages on the current transaction's connection; PostgreSQL delivers them at commit. */
    void publish(List<LiveMessage> messages) {
        for (int from = 0; from < messages.size(); from += NOTIFICATIONS_PER_STATEMENT) {
            List<LiveMessage> chunk = messages.subList(from, Math.min(messages.size(), from + NOTIFICATIONS_PER_STATEMENT));
            String values = String.join(",", Collections.nCopies(chunk.size(), "(?)"));
            jdbc.sql("select count(pg_notify('" + CHANNEL + "', payload)) from (values " + values + ") as pending (payload)")
                    .params(chunk.stream().map(PostgresNotifications::payload).toList())
                    .query(Long.class).single();
        }
    }

    static String payload(LiveMessage message) {
        String head = message.workspaceId().value() + "\n" + message.type() + "\n" + (message.supervisorsOnly() ? "1" : "0")
                + "\n" + (message.closesStreamsOf() == null ? "" : message.closesStreamsOf().value()) + "\n";
        String payload = head + message.json();
        return payload.getBytes(StandardCharsets.UTF_8).length <= MAX_PAYLOAD_BYTES ? payload : head + "{}";
    }

    static LiveMessage parse(String payload) {
        String[] parts = payload.split("\n", 5);
        return new LiveMessage(new WorkspaceId(UUID.fromString(parts[0])), parts[1], "1".equals(parts[2]), parts[4],
                parts[3].isEmpty() ? null : new UserId(UUID.fromString(parts[3])));
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        running = true;
        listener = Thread.ofPlatform().daemon().name("live-stream-listener").start(this::listen);
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("LISTEN " + CHANNEL);
                listening = true;
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            deliver(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                listening = false;
                if (running) {
                    log.warn("Live stream lost its PostgreSQL listener connection; reconnecting: {}", e.getMessage());
                    sleepBeforeRetry();
                }
            }
        }
        listening = false;
    }

    private void deliver(String payload) {
        try {
            stream.deliver(parse(payload));
        } catch (RuntimeException e) {
            log.warn("Skipped a live event that could not be delivered: {}", e.toString());
        }
    }

    private static void sleepBeforeRetry() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
