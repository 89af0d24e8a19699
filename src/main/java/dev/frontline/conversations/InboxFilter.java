package dev.frontline.conversations;

import dev.frontline.shared.InvalidRequestException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the inbox list and of saved views; a null filter matches everything. {@code status} is a
 * status, several separated by commas, or {@code any}; without it lists show open and pending
 * conversations. {@code assignee} is a user id, {@code me} or {@code none}; {@code channel} a channel
 * name such as {@code EMAIL}; {@code tier} and {@code language} are the contact's. {@code sla} narrows by the
 * next service-level deadline: {@code breached} (due time passed), {@code at-risk} (past its warning, not yet
 * due), {@code on-track} or {@code running} (any target running); {@code dueWithin}, an ISO-8601 duration such
 * as {@code PT1H}, keeps conversations whose next deadline comes within that time from now, overdue ones
 * included (relative, so a saved view keeps meaning "due within the hour").
 */
public record InboxFilter(@Nullable String status, @Nullable String channel, @Nullable UUID inboxId,
                          @Nullable UUID teamId, @Nullable String assignee, @Nullable Priority priority,
                          @Nullable String tag, @Nullable String tier, @Nullable String language, @Nullable String q,
                          @Nullable String sla, @Nullable String dueWithin) {

    public static final List<Status> DEFAULT_STATUSES = List.of(Status.OPEN, Status.PENDING);

    /** The values of {@code sla}. */
    public static final List<String> SLA_STATES = List.of("breached", "at-risk", "on-track", "running");

    /** Without the service-level filters (saved views and callers from before them). */
    public InboxFilter(@Nullable String status, @Nullable String channel, @Nullable UUID inboxId, @Nullable UUID teamId,
                       @Nullable String assignee, @Nullable Priority priority, @Nullable String tag, @Nullable String tier,
                       @Nullable String language, @Nullable String q) {
        this(status, channel, inboxId, teamId, assignee, priority, tag, tier, language, q, null, null);
    }

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

    /** {@code dueWithin} parsed; null when not set. */
    public @Nullable Duration dueWithinDuration() {
        if (dueWithin == null || dueWithin.isBlank()) {
            return null;
        }
        try {
            Duration within = Duration.parse(dueWithin.strip());
            if (within.isNegative()) {
                throw new DateTimeParseException("negative", dueWithin, 0);
            }
            return within;
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("dueWithin", "must be an ISO-8601 duration of zero or more, such as PT1H");
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
        if (sla != null && !SLA_STATES.contains(sla)) {
            throw new InvalidRequestException("sla", "must be breached, at-risk, on-track or running");
        }
        dueWithinDuration();
        return this;
    }
}
