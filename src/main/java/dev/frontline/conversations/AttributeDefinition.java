package dev.frontline.conversations;

import java.util.List;
import java.util.UUID;

/**
 * A custom attribute the workspace defines for conversations or contacts: its key in
 * {@code customAttributes}, a label for the UI, its type and, for {@code LIST}, the allowed options.
 */
public record AttributeDefinition(UUID id, String key, String label, Type type, List<String> options,
                                  AppliesTo appliesTo) {

    public enum Type { TEXT, NUMBER, DATE, LIST }

    public enum AppliesTo { CONVERSATION, CONTACT }
}
