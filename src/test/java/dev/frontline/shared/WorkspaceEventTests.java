package dev.frontline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.contacts.ContactsMerged;
import dev.frontline.conversations.ConversationStatusChanged;
import dev.frontline.conversations.MessageReceived;
import org.junit.jupiter.api.Test;

class WorkspaceEventTests {

    @Test
    void eventTypesAreDerivedFromClassNames() {
        assertThat(WorkspaceEvent.typeName(MessageReceived.class)).isEqualTo("message.received");
        assertThat(WorkspaceEvent.typeName(ConversationStatusChanged.class)).isEqualTo("conversation_status.changed");
        assertThat(WorkspaceEvent.typeName(ContactsMerged.class)).isEqualTo("contacts.merged");
    }
}
