package dev.frontline.conversations;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.frontline.shared.InvalidRequestException;
import java.util.Locale;

/**
 * Orders of the inbox list: {@code activity} newest activity first; {@code waiting} the customer who has
 * waited longest first, then conversations nobody waits on, oldest first; {@code priority} most urgent
 * first, then as {@code waiting}; {@code due} the next service-level deadline first (overdue ones first, most
 * overdue first), then conversations without a running target, oldest first.
 */
public enum InboxSort {
    ACTIVITY, WAITING, PRIORITY, DUE;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static InboxSort parse(String value) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("sort", "must be activity, waiting, priority or due");
        }
    }
}
