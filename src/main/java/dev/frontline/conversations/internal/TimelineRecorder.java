package dev.frontline.conversations.internal;

import dev.frontline.conversations.ConversationAssigned;
import dev.frontline.conversations.ConversationChannelSwitched;
import dev.frontline.conversations.ConversationCreated;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationPriorityChanged;
import dev.frontline.conversations.ConversationStatusChanged;
import dev.frontline.conversations.ConversationTagged;
import dev.frontline.conversations.ConversationTransferred;
import dev.frontline.shared.Actor;
import dev.frontline.shared.Ids;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the conversation timeline from the conversation's own events, synchronously and in the same
 * transaction, so history and state can never disagree.
 */
@Component
public class TimelineRecorder {

    private static final String INSERT = """
            insert into timeline_entries (id, workspace_id, conversation_id, kind, actor_type, actor_id, detail, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;
    private final Clock clock;

    TimelineRecorder(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The conversations' creations, in one batch (a single multi-row statement on PostgreSQL): written by the store
     * with the rows it inserts, so that a group commit of new conversations does not pay a statement for each.
     */
    void recordCreated(List<ConversationCreated> created) {
        if (created.isEmpty()) {
            return;
        }
        OffsetDateTime now = Timestamps.sql(clock.instant());
        batch.batchUpdate(INSERT, created.stream().map(event -> row(event.workspaceId(), event.conversationId(),
                "created", event.actor(), Map.of("inboxId", event.inboxId()), now)).toList());
    }

    @EventListener
    void on(ConversationStatusChanged event) {
        record(event.workspaceId(), event.conversationId(), "status_changed", event.actor(),
                Map.of("from", event.from(), "to", event.to()));
    }

    @EventListener
    void on(ConversationAssigned event) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("assigneeId", event.assignee() == null ? null : event.assignee().value());
        detail.put("teamId", event.teamId());
        record(event.workspaceId(), event.conversationId(), "assigned", event.actor(), detail);
    }

    @EventListener
    void on(ConversationPriorityChanged event) {
        record(event.workspaceId(), event.conversationId(), "priority_changed", event.actor(),
                Map.of("from", event.from(), "to", event.to()));
    }

    @EventListener
    void on(ConversationTagged event) {
        record(event.workspaceId(), event.conversationId(), "tags_changed", event.actor(),
                Map.of("added", new TreeSet<>(event.added()), "removed", new TreeSet<>(event.removed())));
    }

    @EventListener
    void on(ConversationChannelSwitched event) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("to", event.to());
        detail.put("address", event.address());
        record(event.workspaceId(), event.conversationId(), "channel_switched", event.actor(), detail);
    }

    @EventListener
    void on(ConversationTransferred event) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("kind", event.kind());
        detail.put("fromAgentId", event.fromAgent() == null ? null : event.fromAgent().value());
        detail.put("toAgentId", event.toAgent() == null ? null : event.toAgent().value());
        detail.put("toQueueId", event.toQueueId());
        detail.put("toQueueName", event.toQueueName());
        detail.put("forced", event.forced());
        record(event.workspaceId(), event.conversationId(), "transferred", event.actor(), detail);
    }

    public void record(WorkspaceId workspace, ConversationId conversation, String kind, Actor actor, Map<String, ?> detail) {
        jdbc.sql(INSERT).params(row(workspace, conversation, kind, actor, detail, Timestamps.sql(clock.instant()))).update();
    }

    private Object[] row(WorkspaceId workspace, ConversationId conversation, String kind, Actor actor,
                         Map<String, ?> detail, @Nullable OffsetDateTime at) {
        return new Object[] {Ids.newId(), workspace.value(), conversation.value(), kind, actor.type().name(), actor.id(),
                json.writeValueAsString(detail), at};
    }
}
