package dev.frontline.identity;

import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;

/**
 * A user of a workspace as other modules see it (never with credentials). A deactivated member
 * ({@code active == false}) cannot sign in and should not be offered work.
 */
public record StaffMember(UserId id, WorkspaceId workspaceId, String email, String displayName, Role role,
                          boolean active) {
}
