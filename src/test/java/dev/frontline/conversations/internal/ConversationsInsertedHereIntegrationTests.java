package dev.frontline.conversations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.channels.Channel;
import dev.frontline.contacts.ContactDetails;
import dev.frontline.contacts.internal.ContactStore;
import dev.frontline.conversations.Conversation;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.HistoryImport;
import dev.frontline.conversations.Priority;
import dev.frontline.shared.Actor;
import dev.frontline.shared.Ids;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The listeners of a new conversation read it in the transaction that inserted it without a query: what they get
 * must be exactly what a read after commit gives, and a change in the transaction must be seen.
 */
@IntegrationTest
class ConversationsInsertedHereIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    ConversationStore store;

    @Autowired
    ConversationQueries queries;

    @Autowired
    ContactStore contacts;

    @Autowired
    HistoryImport history;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    TestWorkspaces.Workspace workspace;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
    }

    private Conversation started() {
        UUID contact = contacts.insert(workspace.id(), new ContactDetails("Mina", null, "ko", null, null, null, null, null)).value();
        Conversation conversation = Conversation.start(new ConversationId(Ids.newId()), workspace.id(),
                workspace.inbox(Channel.SMS), contact, "Router", Priority.HIGH, Actor.SYSTEM, clock.instant());
        conversation.customerWrote(clock.instant(), "공유기가 안 돼요");
        conversation.retag(Set.of("wifi", "vip"), Actor.SYSTEM);
        conversation.takeEvents(); // inserted with its tags, as an import would (no events for the listeners)
        return conversation;
    }

    @Test
    void aReadInTheInsertingTransactionIsWhatAReadAfterCommitGives() {
        Conversation conversation = started();
        ConversationView inside = transaction.execute(status -> {
            store.insert(conversation);
            Conversation read = store.get(workspace.id(), conversation.id());
            read.rename("changed by the reader only");
            return queries.get(workspace.id(), conversation.id());
        });

        ConversationView afterCommit = queries.get(workspace.id(), conversation.id());
        assertThat(inside).isEqualTo(afterCommit);
        assertThat(inside.subject()).isEqualTo("Router");
        assertThat(inside.tags()).containsExactlyInAnyOrder("wifi", "vip");
    }

    @Test
    void changesInTheSameTransactionAreRead() {
        Conversation conversation = started();
        transaction.executeWithoutResult(status -> {
            store.insert(conversation);
            conversation.prioritize(Priority.URGENT, Actor.SYSTEM);
            store.update(conversation);
            assertThat(queries.get(workspace.id(), conversation.id()).priority()).isEqualTo(Priority.URGENT);
        });

        Conversation imported = started();
        transaction.executeWithoutResult(status -> {
            store.insert(imported);
            history.shiftBack(workspace.id(), imported.id(), Duration.ofDays(3));
            assertThat(queries.get(workspace.id(), imported.id()).createdAt())
                    .isEqualTo(imported.createdAt().minus(Duration.ofDays(3)));
        });
    }

    @Test
    void anotherWorkspaceDoesNotSeeIt() {
        Conversation conversation = started();
        TestWorkspaces.Workspace other = workspaces.create();
        transaction.executeWithoutResult(status -> {
            store.insert(conversation);
            assertThat(store.find(other.id(), conversation.id())).isEmpty();
        });
    }
}
