package dev.frontline.conversations;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Listing filters; every null filter matches everything. {@code unassigned} selects conversations nobody owns. */
public record ConversationFilter(@Nullable Status status, @Nullable UUID assigneeId, boolean unassigned,
                                 @Nullable UUID teamId, @Nullable UUID inboxId, @Nullable UUID contactId,
                                 @Nullable String tag, @Nullable Priority priority, @Nullable String text) {

    public static ConversationFilter none() {
        return new ConversationFilter(null, null, false, null, null, null, null, null, null);
    }
}
