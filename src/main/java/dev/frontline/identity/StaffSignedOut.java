package dev.frontline.identity;

import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;

/** A staff member signed out of the web UI. */
public record StaffSignedOut(WorkspaceId workspaceId, UserId userId) {
}
