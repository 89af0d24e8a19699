package dev.frontline.channels.messaging;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One reply as a provider sends it: free text, or (WhatsApp outside the customer-service window) an approved
 * template with its variables in order.
 */
public record OutgoingMessage(String to, @Nullable String text, @Nullable TemplateUse template) {

    public record TemplateUse(String name, String language, List<String> variables) {
    }
}
