package dev.frontline.contacts;

import dev.frontline.shared.WorkspaceId;

/**
 * A contact's tier changed (in the transaction that changed it), for what depends on it, such as the SLA policy of
 * the contact's conversations. In-process only: not a workspace event, so neither webhooks nor the live stream.
 */
public record ContactTierChanged(WorkspaceId workspaceId, ContactId contactId, String from, String to) {
}
