package dev.frontline.conversations.internal;

import dev.frontline.conversations.AttachmentStorage;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.Message;
import dev.frontline.conversations.MessageId;
import dev.frontline.conversations.NewAttachment;
import dev.frontline.shared.Digests;
import dev.frontline.shared.Ids;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Messages, their mentions and attachment records. */
@Repository
public class MessageStore {

    /** Everything needed to store one message; {@code text} and {@code html} are raw input. */
    public record Draft(WorkspaceId workspace, ConversationId conversation, UUID inboxId, Message.Direction direction,
                        Message.AuthorType authorType, @Nullable UUID authorId, @Nullable String text,
                        @Nullable String html, boolean internal, List<UUID> mentions, String deliveryStatus,
                        @Nullable String externalId, List<NewAttachment> attachments, Instant at,
                        Map<String, Object> metadata) {
    }

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final AttachmentStorage storage;
    private final JsonMapper json;

    MessageStore(JdbcClient jdbc, JdbcTemplate batch, AttachmentStorage storage, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.storage = storage;
        this.json = json;
    }

    public MessageId insert(Draft draft) {
        return insertAll(List.of(draft)).getFirst();
    }

    /** Stores the messages, in one round trip for the messages themselves; the ids are in the drafts' order. */
    public List<MessageId> insertAll(List<Draft> drafts) {
        List<MessageId> ids = drafts.stream().map(draft -> new MessageId(Ids.newId())).toList();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            MessageBodies.Body body = MessageBodies.of(draft.text(), draft.html());
            rows.add(new Object[] {ids.get(i).value(), draft.workspace().value(), draft.conversation().value(),
                    draft.inboxId(), draft.direction().name(), draft.authorType().name(), draft.authorId(), body.text(),
                    body.html(), draft.internal(), draft.deliveryStatus(), draft.externalId(), Timestamps.sql(draft.at()),
                    json.writeValueAsString(draft.metadata())});
        }
        batch.batchUpdate("""
                insert into messages (id, workspace_id, conversation_id, inbox_id, direction, author_type, author_id,
                    body_text, body_html, internal, delivery_status, external_id, created_at, metadata)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        insertMentionsAndAttachments(ids, drafts);
        return ids;
    }

    /** One round trip for all the messages' mentions, one for all their attachment records. */
    private void insertMentionsAndAttachments(List<MessageId> ids, List<Draft> drafts) {
        List<Object[]> mentions = new ArrayList<>();
        List<Object[]> attachments = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            UUID message = ids.get(i).value();
            draft.mentions().forEach(user -> mentions.add(new Object[] {message, user}));
            for (int order = 0; order < draft.attachments().size(); order++) {
                NewAttachment attachment = draft.attachments().get(order);
                String key = storage.store(draft.workspace().toString(), attachment.content());
                attachments.add(new Object[] {attachment.id() == null ? Ids.newId() : attachment.id(),
                        draft.workspace().value(), message, attachment.filename(), attachment.contentType(),
                        attachment.content().length, Digests.sha256Hex(attachment.content()), key,
                        Timestamps.sql(draft.at()), order});
            }
        }
        if (!mentions.isEmpty()) {
            batch.batchUpdate("insert into message_mentions (message_id, user_id) values (?, ?)", mentions);
        }
        if (!attachments.isEmpty()) {
            batch.batchUpdate("""
                    insert into attachments (id, workspace_id, message_id, filename, content_type, size_bytes, sha256,
                        storage_key, created_at, sort_order)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", attachments);
        }
    }

    /** The inbox's messages that carry one of these channel ids, by channel id. */
    public Map<String, Message> byExternalIds(WorkspaceId workspace, UUID inboxId, Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from messages where workspace_id = :workspace and inbox_id = :inbox and external_id in (:ids)")
                .param("workspace", workspace.value())
                .param("inbox", inboxId)
                .param("ids", externalIds)
                .query(this::message)
                .list().stream()
                .collect(Collectors.toMap(Message::externalId, message -> message));
    }

    public Optional<Message> find(WorkspaceId workspace, MessageId id) {
        return jdbc.sql("select * from messages where workspace_id = ? and id = ?")
                .params(workspace.value(), id.value())
                .query(this::message)
                .optional();
    }

    public boolean changeDeliveryStatus(WorkspaceId workspace, MessageId id, String from, String to) {
        return jdbc.sql("update messages set delivery_status = ? where workspace_id = ? and id = ? and delivery_status = ?")
                .params(to, workspace.value(), id.value(), from)
                .update() == 1;
    }

    /** A reply the channel delivers later: its delivery status and the channel's id for it. */
    public void queueForChannel(WorkspaceId workspace, MessageId id, String externalId, String status) {
        jdbc.sql("update messages set delivery_status = ?, external_id = ? where workspace_id = ? and id = ?")
                .params(status, externalId, workspace.value(), id.value())
                .update();
    }

    public Optional<java.io.InputStream> attachmentContent(WorkspaceId workspace, UUID attachmentId) {
        return jdbc.sql("select storage_key from attachments where workspace_id = ? and id = ? and storage_key is not null")
                .params(workspace.value(), attachmentId)
                .query(String.class)
                .optional()
                .flatMap(storage::open);
    }

    /** A conversation's messages oldest first; mentions and attachments come in one query each. */
    public List<Message> inConversation(WorkspaceId workspace, ConversationId conversation) {
        Map<UUID, List<UUID>> mentions = new HashMap<>();
        jdbc.sql("""
                select mm.message_id, mm.user_id from message_mentions mm join messages m on m.id = mm.message_id
                where m.workspace_id = ? and m.conversation_id = ? order by mm.user_id""")
                .params(workspace.value(), conversation.value())
                .query(rs -> {
                    mentions.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(rs.getObject(2, UUID.class));
                });
        Map<UUID, List<Message.Attachment>> attachments = new HashMap<>();
        jdbc.sql("""
                select a.message_id, a.id, a.filename, a.content_type, a.size_bytes, a.sha256 from attachments a
                join messages m on m.id = a.message_id where m.workspace_id = ? and m.conversation_id = ? order by a.sort_order, a.id""")
                .params(workspace.value(), conversation.value())
                .query(rs -> {
                    attachments.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(attachment(rs));
                });
        return jdbc.sql("select * from messages where workspace_id = ? and conversation_id = ? order by created_at, id")
                .params(workspace.value(), conversation.value())
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return message(rs, mentions.getOrDefault(id, List.of()), attachments.getOrDefault(id, List.of()));
                })
                .list();
    }

    private Message message(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<UUID> mentions = jdbc.sql("select user_id from message_mentions where message_id = ? order by user_id")
                .param(id).query(UUID.class).list();
        List<Message.Attachment> attachments = jdbc.sql("""
                select id, filename, content_type, size_bytes, sha256 from attachments where message_id = ? order by sort_order, id""")
                .param(id)
                .query((a, n) -> attachment(a))
                .list();
        return message(rs, mentions, attachments);
    }

    private static Message.Attachment attachment(ResultSet rs) throws SQLException {
        return new Message.Attachment(rs.getObject("id", UUID.class), rs.getString("filename"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"));
    }

    private Message message(ResultSet rs, List<UUID> mentions, List<Message.Attachment> attachments)
            throws SQLException {
        return new Message(new MessageId(rs.getObject("id", UUID.class)),
                new ConversationId(rs.getObject("conversation_id", UUID.class)),
                Message.Direction.valueOf(rs.getString("direction")), Message.AuthorType.valueOf(rs.getString("author_type")),
                rs.getObject("author_id", UUID.class), rs.getString("body_text"), rs.getString("body_html"),
                rs.getBoolean("internal"), mentions, rs.getString("delivery_status"), rs.getString("external_id"),
                attachments, Timestamps.read(rs, "created_at"), json.readValue(rs.getString("metadata"), MAP));
    }
}
