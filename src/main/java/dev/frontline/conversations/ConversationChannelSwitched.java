package dev.frontline.conversations;

import dev.frontline.shared.Actor;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;

/**
 * A conversation continues on another channel while staying one conversation, e.g. a chat continued by email
 * ({@code to = "EMAIL"}, {@code address} the customer's) or back in the chat ({@code to = "CHAT"}). Published by
 * the channel that moves it, in its transaction; the timeline records it.
 */
public record ConversationChannelSwitched(WorkspaceId workspaceId, ConversationId conversationId, String to,
                                          @Nullable String address, Actor actor) implements WorkspaceEvent {
}
