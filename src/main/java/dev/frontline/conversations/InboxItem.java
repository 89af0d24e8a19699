package dev.frontline.conversations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A row of the agent's conversation list. {@code preview} is the start of the last message the customer
 * wrote or was sent (never an internal note), written by {@code lastMessageAuthorType} (and
 * {@code lastMessageAuthorId}: the contact or the agent; null for the bot); {@code waitingSince} the customer's oldest unanswered
 * message; {@code unread} is for the caller: a customer message or a note mentioning them arrived after
 * they last read the conversation; {@code sla} the next service-level deadline, null while no target runs.
 */
public record InboxItem(UUID id, UUID inboxId, String inboxName, String channel, UUID contactId,
                        @Nullable String contactName, @Nullable String contactTier, @Nullable String contactLanguage,
                        @Nullable String subject, @Nullable String preview,
                        Message.@Nullable Direction lastMessageDirection, Message.@Nullable AuthorType lastMessageAuthorType,
                        @Nullable UUID lastMessageAuthorId, Status status, Priority priority,
                        @Nullable UUID assigneeId, @Nullable UUID teamId, List<String> tags,
                        @Nullable Instant waitingSince, Instant lastActivityAt, Instant createdAt,
                        @Nullable Instant snoozedUntil, boolean unread,
                        ConversationDeadlines.@Nullable Deadline sla) {
}
