package dev.frontline.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontline.shared.Actor;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConversationTests {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final Actor agent = new Actor(Actor.Type.AGENT, UUID.randomUUID());
    private final UserId agentId = new UserId(agent.id());

    private Conversation started() {
        Conversation conversation = Conversation.start(new ConversationId(UUID.randomUUID()),
                new WorkspaceId(UUID.randomUUID()), UUID.randomUUID(), UUID.randomUUID(), "Help", Priority.NORMAL,
                agent, now);
        conversation.takeEvents();
        return conversation;
    }

    @Test
    void startingAConversationRecordsItsCreation() {
        Conversation conversation = Conversation.start(new ConversationId(UUID.randomUUID()),
                new WorkspaceId(UUID.randomUUID()), UUID.randomUUID(), UUID.randomUUID(), "Help", Priority.HIGH, agent, now);

        assertThat(conversation.status()).isEqualTo(Status.OPEN);
        assertThat(conversation.takeEvents()).singleElement().isInstanceOf(ConversationCreated.class);
    }

    @Test
    void theFirstReplySetsFirstResponseOnlyOnce() {
        Conversation conversation = started();

        conversation.replied(now.plusSeconds(60), "reply", agentId);
        conversation.replied(now.plusSeconds(600), "reply", agentId);

        assertThat(conversation.firstResponseAt()).isEqualTo(now.plusSeconds(60));
        assertThat(conversation.lastActivityAt()).isEqualTo(now.plusSeconds(600));
    }

    @Test
    void aCustomerMessageReopensAResolvedConversation() {
        Conversation conversation = started();
        conversation.changeStatus(Status.RESOLVED, null, agent, now);
        conversation.takeEvents();

        conversation.customerWrote(now.plusSeconds(30), "question");

        assertThat(conversation.status()).isEqualTo(Status.OPEN);
        assertThat(conversation.resolvedAt()).isNull();
        assertThat(conversation.takeEvents()).singleElement()
                .isEqualTo(new ConversationStatusChanged(conversation.workspaceId(), conversation.id(),
                        conversation.inboxId(), conversation.contactId(), Status.RESOLVED,
                        Status.OPEN, new Actor(Actor.Type.CONTACT, conversation.contactId())));
    }

    @Test
    void resolvingStampsTheResolutionTime() {
        Conversation conversation = started();

        conversation.changeStatus(Status.RESOLVED, null, agent, now.plusSeconds(5));

        assertThat(conversation.resolvedAt()).isEqualTo(now.plusSeconds(5));
    }

    @Test
    void aClosedConversationIsFinal() {
        Conversation conversation = started();
        conversation.changeStatus(Status.CLOSED, null, agent, now);

        assertThatThrownBy(() -> conversation.changeStatus(Status.OPEN, null, agent, now))
                .isInstanceOf(UnprocessableException.class);
        assertThatThrownBy(() -> conversation.customerWrote(now, "question")).isInstanceOf(UnprocessableException.class);
        assertThatThrownBy(() -> conversation.replied(now, "reply", agentId)).isInstanceOf(UnprocessableException.class);
    }

    @Test
    void snoozingNeedsATimeInTheFutureAndWakesUpWhenItPasses() {
        Conversation conversation = started();

        assertThatThrownBy(() -> conversation.changeStatus(Status.SNOOZED, null, agent, now))
                .isInstanceOf(UnprocessableException.class);
        assertThatThrownBy(() -> conversation.changeStatus(Status.SNOOZED, now.minusSeconds(1), agent, now))
                .isInstanceOf(UnprocessableException.class);

        conversation.changeStatus(Status.SNOOZED, now.plus(Duration.ofHours(1)), agent, now);
        conversation.wakeIfDue(now.plus(Duration.ofMinutes(59)));
        assertThat(conversation.status()).isEqualTo(Status.SNOOZED);

        conversation.wakeIfDue(now.plus(Duration.ofHours(1)));
        assertThat(conversation.status()).isEqualTo(Status.OPEN);
        assertThat(conversation.snoozedUntil()).isNull();
    }

    @Test
    void unchangedAssignmentPriorityAndTagsRecordNothing() {
        Conversation conversation = started();
        UserId assignee = new UserId(UUID.randomUUID());
        conversation.assign(assignee, null, agent);
        conversation.prioritize(Priority.URGENT, agent);
        conversation.retag(Set.of("vip", "refund"), agent);
        assertThat(conversation.takeEvents()).hasSize(3);

        conversation.assign(assignee, null, agent);
        conversation.prioritize(Priority.URGENT, agent);
        conversation.retag(Set.of("refund", "vip"), agent);

        assertThat(conversation.takeEvents()).isEmpty();
    }

    @Test
    void retaggingReportsWhatWasAddedAndRemoved() {
        Conversation conversation = started();
        conversation.retag(Set.of("a", "b"), agent);
        conversation.takeEvents();

        conversation.retag(Set.of("b", "c"), agent);

        assertThat(conversation.takeEvents()).singleElement().satisfies(event -> {
            ConversationTagged tagged = (ConversationTagged) event;
            assertThat(tagged.added()).containsExactly("c");
            assertThat(tagged.removed()).containsExactly("a");
        });
    }

    @Test
    void theCustomerWaitsFromTheirOldestUnansweredMessageUntilSomeoneReplies() {
        Conversation conversation = started();

        conversation.customerWrote(now.plusSeconds(10), "Hello?");
        conversation.customerWrote(now.plusSeconds(70), "Anyone there?");

        assertThat(conversation.waitingSince()).isEqualTo(now.plusSeconds(10));
        assertThat(conversation.preview()).isEqualTo("Anyone there?");
        assertThat(conversation.previewDirection()).isEqualTo(Message.Direction.INBOUND);
        assertThat(conversation.previewAuthorType()).isEqualTo(Message.AuthorType.CONTACT);

        conversation.replied(now.plusSeconds(90), "Yes, how can I help?", agentId);

        assertThat(conversation.waitingSince()).isNull();
        assertThat(conversation.lastInboundAt()).isEqualTo(now.plusSeconds(70));
        assertThat(conversation.previewDirection()).isEqualTo(Message.Direction.OUTBOUND);
        assertThat(conversation.previewAuthorType()).isEqualTo(Message.AuthorType.AGENT);
        assertThat(conversation.previewAuthorId()).isEqualTo(agentId.value());

        conversation.botWrote(now.plusSeconds(95), "Here is an article");

        assertThat(conversation.previewAuthorType()).isEqualTo(Message.AuthorType.BOT);
        assertThat(conversation.previewAuthorId()).isNull();
    }

    @Test
    void resolvingAConversationStopsTheWait() {
        Conversation conversation = started();
        conversation.customerWrote(now.plusSeconds(10), "Thanks, all good");

        conversation.changeStatus(Status.RESOLVED, null, agent, now.plusSeconds(20));

        assertThat(conversation.waitingSince()).isNull();
    }
}
