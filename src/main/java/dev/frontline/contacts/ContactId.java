package dev.frontline.contacts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record ContactId(@JsonValue UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
