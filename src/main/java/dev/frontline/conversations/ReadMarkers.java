package dev.frontline.conversations;

import dev.frontline.conversations.internal.ConversationStore;
import dev.frontline.conversations.internal.ReadMarkerStore;
import dev.frontline.shared.Caller;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has read what. A conversation is unread for a staff member when a customer message or a note
 * mentioning them arrived after they last read it; replying or writing a note also counts as reading.
 */
@Service
public class ReadMarkers {

    private final ConversationStore conversations;
    private final ReadMarkerStore markers;
    private final Clock clock;

    ReadMarkers(ConversationStore conversations, ReadMarkerStore markers, Clock clock) {
        this.conversations = conversations;
        this.markers = markers;
        this.clock = clock;
    }

    @Transactional
    public void markRead(Caller caller, ConversationId id) {
        conversations.get(caller.workspaceId(), id);
        markers.markRead(caller.workspaceId(), id, caller.userId().value(), clock.instant());
    }
}
