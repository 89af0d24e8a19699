package dev.frontline.identity;

import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;

/** A staff member signed in to the web UI with their password (not an API token request). */
public record StaffSignedIn(WorkspaceId workspaceId, UserId userId) {
}
