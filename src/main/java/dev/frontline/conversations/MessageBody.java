package dev.frontline.conversations;

import dev.frontline.shared.InvalidRequestException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shape of a message written through the API; attachments travel base64-encoded and
 * {@code metadata} holds channel details ({@code call}, {@code email}) for rendering.
 */
public record MessageBody(@Nullable @Size(max = 100_000) String text, @Nullable @Size(max = 500_000) String html,
                          @Nullable List<@Valid AttachmentBody> attachments, @Nullable Map<String, Object> metadata) {

    public MessageBody(@Nullable String text, @Nullable String html, @Nullable List<AttachmentBody> attachments) {
        this(text, html, attachments, null);
    }

    public Map<String, Object> metadataOrEmpty() {
        return metadata == null ? Map.of() : metadata;
    }

    public record AttachmentBody(@NotBlank @Size(max = 300) String filename,
                                 @NotBlank @Size(max = 200) String contentType, @NotBlank String data) {
    }

    public List<NewAttachment> decodedAttachments() {
        if (attachments == null) {
            return List.of();
        }
        return attachments.stream().map(a -> {
            try {
                return new NewAttachment(a.filename(), a.contentType(), Base64.getDecoder().decode(a.data().replaceAll("\\s", "")));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("attachments.data", "is not valid base64");
            }
        }).toList();
    }
}
