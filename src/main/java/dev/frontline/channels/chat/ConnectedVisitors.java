package dev.frontline.channels.chat;

import dev.frontline.shared.WorkspaceId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

/**
 * The widget sockets open on this node, by contact: an event for a contact with no socket here costs one
 * map lookup. Each contact has an {@link OrderedOutbox}, so what is sent to one visitor keeps the order of
 * the events while different visitors are served in parallel (on virtual threads).
 */
@Component
class ConnectedVisitors implements DisposableBean {

    /** Frames waiting for one contact's sockets before they count as too slow and are closed. */
    static final int OUTBOX_LIMIT = 1_000;
    static final CloseStatus TOO_SLOW = CloseStatus.SESSION_NOT_RELIABLE.withReason("Too slow to keep up.");

    /** One contact's sockets on this node (usually one; more with several tabs or devices). */
    static final class Contact {

        private final Set<VisitorConnection> connections = ConcurrentHashMap.newKeySet();
        private final OrderedOutbox outbox;

        private Contact(OrderedOutbox outbox) {
            this.outbox = outbox;
        }

        /**
         * The sockets that follow a conversation of this inbox of the workspace: those opened from that inbox (a
         * contact may chat in several), and those bound to that very conversation ("Offer chat"), whatever its inbox.
         */
        List<VisitorConnection> following(WorkspaceId workspace, UUID inboxId, UUID conversationId) {
            return connections.stream().filter(c -> c.visitor().workspace().equals(workspace)
                    && (c.visitor().inboxId().equals(inboxId) || conversationId.equals(c.visitor().conversationId())))
                    .toList();
        }

        /** Runs the task after everything queued for this contact; closes their sockets when too much waits. */
        void submit(Runnable task) {
            if (!outbox.submit(task)) {
                connections.forEach(connection -> connection.close(TOO_SLOW));
            }
        }
    }

    private final Map<UUID, Contact> byContact = new ConcurrentHashMap<>();
    private final ExecutorService senders = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("widget-out-", 0).factory());

    /** Adds the socket and answers its contact's entry. */
    Contact add(VisitorConnection connection) {
        return byContact.compute(connection.contactId(), (id, existing) -> {
            Contact contact = existing != null ? existing : new Contact(new OrderedOutbox(senders, OUTBOX_LIMIT));
            contact.connections.add(connection);
            return contact;
        });
    }

    void remove(VisitorConnection connection) {
        byContact.computeIfPresent(connection.contactId(), (id, contact) -> {
            contact.connections.remove(connection);
            return contact.connections.isEmpty() ? null : contact;
        });
    }

    Optional<Contact> contact(UUID contactId) {
        return Optional.ofNullable(byContact.get(contactId));
    }

    boolean isEmpty() {
        return byContact.isEmpty();
    }

    @Override
    public void destroy() {
        senders.shutdownNow();
    }
}
