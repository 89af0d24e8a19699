package dev.frontline.contacts;

import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;

public record ContactErased(WorkspaceId workspaceId, ContactId contactId) implements WorkspaceEvent {
}
