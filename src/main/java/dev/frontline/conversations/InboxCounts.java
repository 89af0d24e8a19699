package dev.frontline.conversations;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How many conversations each inbox view holds for the caller, with the lists' default status filter
 * (open and pending) unless a saved view sets its own. {@code all} is null for agents; {@code mentions}
 * counts conversations with a mention of the caller they have not read since, {@code unread} the unread
 * conversations assigned to them.
 */
public record InboxCounts(long mine, long unassigned, long teams, @Nullable Long all, long mentions,
                          Map<UUID, Long> views, long unread) {
}
