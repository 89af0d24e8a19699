package dev.frontline.identity;

import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;

/** An admin deactivated a staff member: they can no longer sign in, and their sessions and tokens stopped working. */
public record StaffDeactivated(WorkspaceId workspaceId, UserId userId) {
}
