package dev.frontline.conversations;

import dev.frontline.conversations.internal.ConversationStore;
import dev.frontline.shared.WorkspaceId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A customer's conversation history for privacy requests: everything held, for export, and a wipe
 * that removes message contents and attachments but keeps the conversations' statistics.
 */
@Service
public class ContactHistory {

    public record ConversationRecord(ConversationView conversation, List<Message> messages,
                                     List<TimelineEntry> timeline) {
    }

    private final ConversationQueries queries;
    private final AttachmentStorage storage;
    private final JdbcClient jdbc;
    private final ConversationStore conversations;

    ContactHistory(ConversationQueries queries, AttachmentStorage storage, JdbcClient jdbc,
                   ConversationStore conversations) {
        this.queries = queries;
        this.storage = storage;
        this.jdbc = jdbc;
        this.conversations = conversations;
    }

    @Transactional(readOnly = true)
    public List<ConversationRecord> export(WorkspaceId workspace, UUID contactId) {
        return queries.ofContact(workspace, contactId).conversations().stream()
                .map(c -> new ConversationRecord(c,
                        queries.messages(workspace, new ConversationId(c.id())),
                        queries.timeline(workspace, new ConversationId(c.id()))))
                .toList();
    }

    /** Wipes contents in the caller's transaction; attachment files go once it commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int wipe(WorkspaceId workspace, UUID contactId) {
        List<String> keys = jdbc.sql("""
                select a.storage_key from attachments a join messages m on m.id = a.message_id
                join conversations c on c.id = m.conversation_id
                where c.workspace_id = ? and c.contact_id = ? and a.storage_key is not null""")
                .params(workspace.value(), contactId).query(String.class).list();
        jdbc.sql("""
                update attachments set filename = 'erased', storage_key = null, sha256 = ''
                where message_id in (select m.id from messages m join conversations c on c.id = m.conversation_id
                                     where c.workspace_id = ? and c.contact_id = ?)""")
                .params(workspace.value(), contactId).update();
        int messages = jdbc.sql("""
                update messages set body_text = null, body_html = null
                where conversation_id in (select id from conversations where workspace_id = ? and contact_id = ?)""")
                .params(workspace.value(), contactId).update();
        jdbc.sql("update conversations set subject = null, custom_attributes = '{}' where workspace_id = ? and contact_id = ?")
                .params(workspace.value(), contactId).update();
        conversations.forgetInsertedHere();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                keys.forEach(storage::delete);
            }
        });
        return messages;
    }
}
