package dev.frontline.channels.messaging;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One reply as a provider sends it: free text, or (WhatsApp outside the customer-service window) an approved
 * template with its variables in order; its attachments as {@link Media} links. {@code reference} is the reply's own id, which a provider may carry
 * along (Messenger echoes it back as the message's {@code metadata}).
 */
public record OutgoingMessage(String to, @Nullable String text, @Nullable TemplateUse template, UUID reference,
                              List<Media> media) {

    /** An attachment of the reply, at a public link the provider fetches it from ({@link MediaLinks}). */
    public record Media(String url, String contentType, String filename) {

        /** The provider's media kind by content type: image, video, audio, or else a file/document. */
        public String kind() {
            return contentType.startsWith("image/") ? "image" : contentType.startsWith("video/") ? "video"
                    : contentType.startsWith("audio/") ? "audio" : "file";
        }
    }

    public OutgoingMessage(String to, @Nullable String text, @Nullable TemplateUse template, UUID reference) {
        this(to, text, template, reference, List.of());
    }

    public record TemplateUse(String name, String language, List<String> variables) {
    }
}
