package dev.frontline.identity;

import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;

/**
 * Some of a member's browser sessions were ended (signed out from another session, by an admin, or by a password
 * change). Which ones is not said: listeners end whatever of the member is long-lived, and what belongs to a
 * session still open connects again.
 */
public record StaffSessionsEnded(WorkspaceId workspaceId, UserId userId) {
}
