package dev.frontline.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A member of a workspace's staff: agent, supervisor or admin. */
public record UserId(@JsonValue UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
