package dev.frontline.channels.messaging;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One reply as a provider sends it: free text, or (WhatsApp outside the customer-service window) an approved
 * template with its variables in order; its attachments as {@link Media}. {@code reference} is the reply's own id, which a provider may carry
 * along (Messenger echoes it back as the message's {@code metadata}).
 */
public record OutgoingMessage(String to, @Nullable String text, @Nullable TemplateUse template, UUID reference,
                              List<Media> media) {

    /**
     * An attachment of the reply: its bytes ({@code content} opens them afresh each time; it throws
     * {@link IllegalStateException} if the attachment is gone) and, if the installation has a public URL, the
     * signed link a provider can fetch it from ({@link MediaLinks}).
     */
    public record Media(@Nullable String link, String contentType, String filename, long size,
                        Supplier<InputStream> content) {

        /**
         * The link for providers that fetch media themselves (Twilio, Messenger, Instagram); without a public URL
         * the reply cannot go out there, which fails it with the reason ({@link IllegalStateException}).
         */
        public String url() {
            if (link == null) {
                throw new IllegalStateException("Attachments go out as links the provider fetches: set "
                        + "frontline.messaging.public-url to the URL it reaches this installation at.");
            }
            return link;
        }

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
