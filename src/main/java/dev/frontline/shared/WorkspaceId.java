package dev.frontline.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** The tenant every row and every query is scoped to. */
public record WorkspaceId(@JsonValue UUID value) {

    public static WorkspaceId of(UUID value) {
        return new WorkspaceId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
