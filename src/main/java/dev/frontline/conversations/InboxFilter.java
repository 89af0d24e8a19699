package dev.frontline.conversations;

import dev.frontline.shared.InvalidRequestException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the inbox list and of saved views; a null filter matches everything. {@code status} is a
 * status, several separated by commas, or {@code any}; without it lists show open and pending
 * conversations. {@code assignee} is a user id, {@code me} or {@code none}; {@code channel} a channel
 * name such as {@code EMAIL}; {@code tier} and {@code language} are the contact's.
 */
public record InboxFilter(@Nullable String status, @Nullable String channel, @Nullable UUID inboxId,
                          @Nullable UUID teamId, @Nullable String assignee, @Nullable Priority priority,
                          @Nullable String tag, @Nullable String tier, @Nullable String language, @Nullable String q) {

    public static final List<Status> DEFAULT_STATUSES = List.of(Status.OPEN, Status.PENDING);

    public static InboxFilter none() {
        return new InboxFilter(null, null, null, null, null, null, null, null, null, null);
    }

    /** The statuses to show, or an empty list for any status. */
    public List<Status> statuses() {
        if (status == null || status.isBlank()) {
            return DEFAULT_STATUSES;
        }
        if (status.equalsIgnoreCase("any")) {
            return List.of();
        }
        try {
            return Arrays.stream(status.split(",")).map(s -> Status.valueOf(s.strip().toUpperCase(Locale.ROOT)))
                    .distinct().toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status", "must be any, or statuses separated by commas");
        }
    }

    /** Fails with 400 on a malformed filter, so a saved view cannot store one. */
    public InboxFilter validated() {
        statuses();
        if (assignee != null && !assignee.equals("me") && !assignee.equals("none")) {
            try {
                UUID.fromString(assignee);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("assignee", "must be a user id, 'me' or 'none'");
            }
        }
        return this;
    }
}
