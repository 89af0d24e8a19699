package dev.frontline.routing.internal;

import dev.frontline.contacts.Contact;
import dev.frontline.contacts.ContactId;
import dev.frontline.contacts.Contacts;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.Status;
import dev.frontline.routing.QueueMatch;
import dev.frontline.routing.RoutingProperties;
import dev.frontline.routing.SampleConversation;
import dev.frontline.shared.AfterCommit;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts an open, unassigned conversation in the queue its rules choose, ordered by {@link WorkOrder}.
 * The language is the conversation's {@code language} attribute (a bot may set it), else the contact's.
 */
@Component
public class Queueing {

    private final ConversationQueries conversations;
    private final Contacts contacts;
    private final QueueStore queues;
    private final ItemStore items;
    private final DistributionKicks kicks;
    private final RoutingProperties properties;
    private final OfferOutcomes outcomes;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Queueing(ConversationQueries conversations, Contacts contacts, QueueStore queues, ItemStore items,
             DistributionKicks kicks, RoutingProperties properties, OfferOutcomes outcomes,
             PlatformTransactionManager transactionManager, Clock clock) {
        this.conversations = conversations;
        this.contacts = contacts;
        this.queues = queues;
        this.items = items;
        this.kicks = kicks;
        this.properties = properties;
        this.outcomes = outcomes;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Queues the conversation if it is open and unassigned and not queued yet; answers whether it did. */
    public boolean enqueue(WorkspaceId workspace, ConversationId id) {
        return enqueue(workspace, id, null);
    }

    /** As {@link #enqueue(WorkspaceId, ConversationId)}, into {@code queueId} when given (a transfer) instead of the rules' queue. */
    public boolean enqueue(WorkspaceId workspace, ConversationId id, @Nullable UUID queueId) {
        return enqueue(workspace, id, queueId, true);
    }

    /**
     * As {@link #enqueue(WorkspaceId, ConversationId)} for a caller whose transaction holds the conversation's row
     * lock (it created the conversation, or changed it): no change can commit between reading the conversation
     * and queueing it, so there is nothing to re-check after commit.
     */
    public boolean enqueueLocked(WorkspaceId workspace, ConversationId id) {
        return enqueue(workspace, id, null, false);
    }

    /**
     * {@link #enqueueLocked} for conversations the caller's transaction created, with one statement for all of them:
     * the arrivals of a group commit.
     */
    public void enqueueAllLocked(WorkspaceId workspace, List<ConversationId> created) {
        Instant now = clock.instant();
        List<RoutingItem> waiting = created.stream()
                .map(id -> conversations.get(workspace, id))
                .filter(Queueing::waits)
                .map(conversation -> itemOf(workspace, conversation, null, now))
                .toList();
        if (!waiting.isEmpty()) {
            items.insertAll(workspace, waiting);
            kicks.afterCommit(workspace);
        }
    }

    private boolean enqueue(WorkspaceId workspace, ConversationId id, @Nullable UUID queueId, boolean recheckAfterCommit) {
        ConversationView conversation = conversations.get(workspace, id);
        if (!waits(conversation)) {
            return false;
        }
        boolean added = items.insert(workspace, itemOf(workspace, conversation, queueId, clock.instant()), queueId == null);
        if (added) {
            if (recheckAfterCommit) {
                AfterCommit.run(() -> transactions.executeWithoutResult(status -> recheck(workspace, id)));
            }
            kicks.afterCommit(workspace);
        }
        return added;
    }

    private static boolean waits(ConversationView conversation) {
        return conversation.status() == Status.OPEN && conversation.assigneeId() == null && conversation.channel() != null;
    }

    /** Waiting from {@code now} in {@code queueId} when given (a person chose it), else in the queue its rules choose. */
    private RoutingItem itemOf(WorkspaceId workspace, ConversationView conversation, @Nullable UUID queueId, Instant now) {
        SampleConversation facts = factsOf(workspace, conversation);
        UUID queue = queueId != null ? queueId : match(workspace, facts).queueId();
        return new RoutingItem(new ConversationId(conversation.id()), queue, conversation.channel(), facts.language(),
                conversation.priority(), facts.tier(), RoutingItem.State.WAITING, now,
                WorkOrder.sortKey(now, conversation.priority(), facts.tier(), properties), conversation.contactId());
    }

    /**
     * The conversation was read before the item was inserted; a change committed in between found no
     * item to update. Reading it again once the item is committed closes that window: a later change
     * finds the item, an earlier one is seen here.
     */
    private void recheck(WorkspaceId workspace, ConversationId id) {
        Optional<RoutingItem> item = items.lock(workspace, id);
        if (item.isEmpty()) {
            return;
        }
        ConversationView conversation = conversations.get(workspace, id);
        if (conversation.assigneeId() != null) {
            outcomes.assigned(workspace, id, new UserId(conversation.assigneeId()));
        } else if (conversation.status() != Status.OPEN) {
            outcomes.leaveQueue(workspace, id, conversation.status());
        } else if (conversation.priority() != item.get().priority()) {
            items.reprioritize(workspace, id, conversation.priority(), WorkOrder.sortKey(item.get().enqueuedAt(),
                    conversation.priority(), item.get().tier(), properties));
        }
    }

    /**
     * The facts the rules look at changed (tags, attributes, the contact's tier) while the conversation waits: it
     * takes the queue, language and place in the work order the rules now give it. Left alone while it is being
     * offered or decided (held by another transaction, which is never waited for: that could deadlock with the
     * change's own lock on the conversation), and when a person chose its queue.
     */
    public void reconsider(WorkspaceId workspace, ConversationId id) {
        Optional<RoutingItem> held = items.tryLock(workspace, id);
        if (held.isEmpty() || held.get().state() != RoutingItem.State.WAITING || !items.placedByRules(workspace, id)) {
            return;
        }
        RoutingItem item = held.get();
        SampleConversation facts = factsOf(workspace, conversations.get(workspace, id));
        UUID queue = match(workspace, facts).queueId();
        if (queue.equals(item.queueId()) && java.util.Objects.equals(facts.language(), item.language())
                && java.util.Objects.equals(facts.tier(), item.tier())) {
            return;
        }
        items.refile(workspace, id, queue, facts.language(), facts.tier(),
                WorkOrder.sortKey(item.enqueuedAt(), item.priority(), facts.tier(), properties));
        kicks.afterCommit(workspace);
    }

    /** Which queue this conversation would go to now, and why: the rules applied to its own facts. */
    public QueueMatch match(WorkspaceId workspace, ConversationId id) {
        return match(workspace, factsOf(workspace, conversations.get(workspace, id)));
    }

    /** What the rules look at in this conversation: its language (see the class comment), its contact's tier, its attributes and its contact's ({@code contact.} and the key). */
    private SampleConversation factsOf(WorkspaceId workspace, ConversationView conversation) {
        Contact contact = contacts.get(workspace, new ContactId(conversation.contactId()));
        Map<String, Object> attributes = new HashMap<>(conversation.customAttributes());
        contact.customAttributes().forEach((key, value) -> attributes.put(QueueMatchPolicy.CONTACT_PREFIX + key, value));
        return new SampleConversation(conversation.channel(), conversation.inboxId(), language(conversation, contact.language()),
                conversation.tags(), conversation.priority(), contact.tier(), attributes);
    }

    public QueueMatch match(WorkspaceId workspace, SampleConversation conversation) {
        return QueueMatchPolicy.match(queues.rules(workspace), queues.queues(workspace), queues.defaultQueue(workspace),
                conversation);
    }

    private static @Nullable String language(ConversationView conversation, @Nullable String contactLanguage) {
        Object attribute = conversation.customAttributes().get("language");
        String language = attribute instanceof String s && !s.isBlank() ? s : contactLanguage;
        return language == null ? null : language.strip().toLowerCase(Locale.ROOT);
    }
}
