package dev.frontline.channels.messaging;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One reply as a provider sends it: free text, or (WhatsApp outside the customer-service window) an approved
 * template with its variables in order. {@code reference} is the reply's own id, which a provider may carry
 * along (Messenger echoes it back as the message's {@code metadata}).
 */
public record OutgoingMessage(String to, @Nullable String text, @Nullable TemplateUse template, UUID reference) {

    public record TemplateUse(String name, String language, List<String> variables) {
    }
}
