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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Messages, their mentions and attachment records. */
@Repository
public class MessageStore {

    /** Everything needed to store one message; {@code text} and {@code html} are raw input. */
    public record Draft(WorkspaceId workspace, ConversationId conversation, UUID inboxId, Message.Direction direction,
                        Message.AuthorType authorType, @Nullable UUID authorId, @Nullable String text,
                        @Nullable String html, boolean internal, List<UUID> mentions, String deliveryStatus,
                        @Nullable String externalId, List<NewAttachment> attachments, Instant at) {
    }

    private final JdbcClient jdbc;
    private final AttachmentStorage storage;

    MessageStore(JdbcClient jdbc, AttachmentStorage storage) {
        this.jdbc = jdbc;
        this.storage = storage;
    }

    public MessageId insert(Draft draft) {
        MessageId id = new MessageId(Ids.newId());
        MessageBodies.Body body = MessageBodies.of(draft.text(), draft.html());
        jdbc.sql("""
                insert into messages (id, workspace_id, conversation_id, inbox_id, direction, author_type, author_id,
                    body_text, body_html, internal, delivery_status, external_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), draft.workspace().value(), draft.conversation().value(), draft.inboxId(),
                        draft.direction().name(), draft.authorType().name(), draft.authorId(), body.text(),
                        body.html(), draft.internal(), draft.deliveryStatus(), draft.externalId(),
                        Timestamps.sql(draft.at()))
                .update();
        for (UUID user : draft.mentions()) {
            jdbc.sql("insert into message_mentions (message_id, user_id) values (?, ?)").params(id.value(), user).update();
        }
        for (NewAttachment attachment : draft.attachments()) {
            String key = storage.store(draft.workspace().toString(), attachment.content());
            jdbc.sql("""
                    insert into attachments (id, workspace_id, message_id, filename, content_type, size_bytes, sha256,
                        storage_key, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(Ids.newId(), draft.workspace().value(), id.value(), attachment.filename(),
                            attachment.contentType(), attachment.content().length, Digests.sha256Hex(attachment.content()), key,
                            Timestamps.sql(draft.at()))
                    .update();
        }
        return id;
    }

    public Optional<Message> byExternalId(WorkspaceId workspace, UUID inboxId, String externalId) {
        return jdbc.sql("select * from messages where workspace_id = ? and inbox_id = ? and external_id = ?")
                .params(workspace.value(), inboxId, externalId)
                .query(this::message)
                .optional();
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

    public List<Message> inConversation(WorkspaceId workspace, ConversationId conversation) {
        return jdbc.sql("select * from messages where workspace_id = ? and conversation_id = ? order by created_at, id")
                .params(workspace.value(), conversation.value())
                .query(this::message)
                .list();
    }

    private Message message(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<UUID> mentions = jdbc.sql("select user_id from message_mentions where message_id = ? order by user_id")
                .param(id).query(UUID.class).list();
        List<Message.Attachment> attachments = jdbc.sql("""
                select id, filename, content_type, size_bytes, sha256 from attachments where message_id = ? order by id""")
                .param(id)
                .query((a, n) -> new Message.Attachment(a.getObject("id", UUID.class), a.getString("filename"),
                        a.getString("content_type"), a.getLong("size_bytes"), a.getString("sha256")))
                .list();
        return new Message(new MessageId(id), new ConversationId(rs.getObject("conversation_id", UUID.class)),
                Message.Direction.valueOf(rs.getString("direction")), Message.AuthorType.valueOf(rs.getString("author_type")),
                rs.getObject("author_id", UUID.class), rs.getString("body_text"), rs.getString("body_html"),
                rs.getBoolean("internal"), mentions, rs.getString("delivery_status"), rs.getString("external_id"),
                attachments, Timestamps.read(rs, "created_at"));
    }
}
