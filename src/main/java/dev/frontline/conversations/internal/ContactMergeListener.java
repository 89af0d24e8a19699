package dev.frontline.conversations.internal;

import dev.frontline.contacts.ContactsMerged;
import dev.frontline.conversations.ConversationId;
import dev.frontline.shared.Actor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Moves a merged contact's conversations to the survivor inside the merge's own transaction. */
@Component
class ContactMergeListener {

    private final JdbcClient jdbc;
    private final TimelineRecorder timeline;
    private final ConversationStore conversations;

    ContactMergeListener(JdbcClient jdbc, TimelineRecorder timeline, ConversationStore conversations) {
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.conversations = conversations;
    }

    @EventListener
    void on(ContactsMerged merged) {
        List<UUID> moved = jdbc.sql("select id from conversations where workspace_id = ? and contact_id = ?")
                .params(merged.workspaceId().value(), merged.merged().value())
                .query(UUID.class).list();
        jdbc.sql("update conversations set contact_id = ? where workspace_id = ? and contact_id = ?")
                .params(merged.survivor().value(), merged.workspaceId().value(), merged.merged().value())
                .update();
        conversations.forgetInsertedHere();
        jdbc.sql("update messages set author_id = ? where workspace_id = ? and author_type = 'CONTACT' and author_id = ?")
                .params(merged.survivor().value(), merged.workspaceId().value(), merged.merged().value())
                .update();
        for (UUID conversation : moved) {
            timeline.record(merged.workspaceId(), new ConversationId(conversation), "contact_merged", Actor.SYSTEM,
                    Map.of("from", merged.merged().value(), "to", merged.survivor().value()));
        }
    }
}
