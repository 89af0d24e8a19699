package dev.frontline.realtime;

import dev.frontline.contacts.ContactErased;
import dev.frontline.contacts.ContactsMerged;
import dev.frontline.identity.StaffDeactivated;
import dev.frontline.identity.StaffSessionsEnded;
import dev.frontline.shared.WorkspaceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries every workspace event to the live streams of all application nodes once its transaction has
 * committed. On PostgreSQL the events of a transaction are sent with one {@code pg_notify} just before it
 * commits, so PostgreSQL delivers them to every node (this one included) exactly when, and only if, the
 * change commits ({@link PostgresNotifications}). Embedded H2 is one process by definition, so there the
 * events go straight to this node's streams after commit.
 */
@Component
class LiveFanOut {

    private static final Set<Class<?>> SUPERVISOR_EVENTS = Set.of(ContactsMerged.class, ContactErased.class);

    private final LiveEventStream stream;
    private final PostgresNotifications notifications;
    private final JsonMapper json;

    LiveFanOut(LiveEventStream stream, PostgresNotifications notifications, JsonMapper json) {
        this.stream = stream;
        this.notifications = notifications;
        this.json = json;
    }

    @EventListener
    void on(WorkspaceEvent event) {
        publish(new LiveMessage(event.workspaceId(), event.eventType(), SUPERVISOR_EVENTS.contains(event.getClass()),
                json.writeValueAsString(event)));
    }

    /** A deactivated member's open streams end on every node, together with their sessions and tokens. */
    @EventListener
    void on(StaffDeactivated deactivated) {
        publish(new LiveMessage(deactivated.workspaceId(), "staff.deactivated", true,
                json.writeValueAsString(Map.of("userId", deactivated.userId().value())), deactivated.userId()));
    }

    /**
     * Ended sessions end the member's open streams on every node; the streams of their sessions still open
     * connect again, those of the ended ones are refused.
     */
    @EventListener
    void on(StaffSessionsEnded ended) {
        publish(new LiveMessage(ended.workspaceId(), "staff.sessions_ended", true,
                json.writeValueAsString(Map.of("userId", ended.userId().value())), ended.userId()));
    }

    void publish(LiveMessage message) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send(List.of(message));
            return;
        }
        pendingInThisTransaction().add(message);
    }

    private List<LiveMessage> pendingInThisTransaction() {
        @SuppressWarnings("unchecked")
        List<LiveMessage> pending = (List<LiveMessage>) TransactionSynchronizationManager.getResource(this);
        if (pending != null) {
            return pending;
        }
        List<LiveMessage> created = new ArrayList<>();
        TransactionSynchronizationManager.bindResource(this, created);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                if (notifications.enabled()) {
                    notifications.publish(created);
                }
            }

            @Override
            public void afterCommit() {
                if (!notifications.enabled()) {
                    created.forEach(stream::deliver);
                }
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(LiveFanOut.this);
            }
        });
        return created;
    }

    private void send(List<LiveMessage> messages) {
        if (notifications.enabled()) {
            notifications.publish(messages);
        } else {
            messages.forEach(stream::deliver);
        }
    }
}
