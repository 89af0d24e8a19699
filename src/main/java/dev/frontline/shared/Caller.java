package dev.frontline.shared;

import java.io.Serializable;

/**
 * Who is making the request, in which workspace and with which role. Every use case takes one and
 * scopes its queries to {@link #workspaceId()}.
 */
public record Caller(WorkspaceId workspaceId, UserId userId, Role role) implements Serializable {

    /** Fails with 403 unless the caller's role includes {@code needed}. */
    public Caller require(Role needed) {
        if (!role.includes(needed)) {
            throw new ForbiddenException("This action needs the " + needed.name().toLowerCase() + " role.");
        }
        return this;
    }

    public Actor asActor() {
        return new Actor(Actor.Type.AGENT, userId.value());
    }
}
