package dev.frontline.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NoteAddedTests {

    @Test
    void theLiveEventNamesTheMentionedStaffByUserId() {
        UserId mentioned = new UserId(UUID.randomUUID());
        NoteAdded event = new NoteAdded(new WorkspaceId(UUID.randomUUID()), new ConversationId(UUID.randomUUID()),
                new MessageId(UUID.randomUUID()), new UserId(UUID.randomUUID()), List.of(mentioned));

        JsonNode json = JsonMapper.builder().build().valueToTree(event);

        assertThat(event.eventType()).isEqualTo("note.added");
        assertThat(json.get("mentions").toString()).isEqualTo("[\"" + mentioned.value() + "\"]");
    }
}
