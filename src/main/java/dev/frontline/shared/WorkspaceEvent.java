package dev.frontline.shared;

import java.util.Arrays;
import java.util.Locale;

/**
 * A domain event that belongs to one workspace. Webhooks and the live stream forward these to
 * subscribers of that workspace only.
 */
public interface WorkspaceEvent {

    WorkspaceId workspaceId();

    /** The public name of the event, e.g. {@code conversation.created} for {@code ConversationCreated}. */
    default String eventType() {
        return EventTypeNames.NAMES.get(getClass());
    }

    static String typeName(Class<?> eventClass) {
        String[] words = eventClass.getSimpleName().split("(?<=[a-z])(?=[A-Z])");
        if (words.length == 1) {
            return words[0].toLowerCase(Locale.ROOT);
        }
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        String subject = String.join("_", Arrays.copyOf(words, words.length - 1)).toLowerCase(Locale.ROOT);
        return subject + "." + last;
    }
}
