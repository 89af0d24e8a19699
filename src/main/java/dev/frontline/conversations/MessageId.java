package dev.frontline.conversations;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record MessageId(@JsonValue UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
