package dev.frontline.conversations;

import dev.frontline.shared.StorableText;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An attachment as it arrives, before it is stored. A channel that must link to the attachment from the
 * message body before it is stored (an email's inline image, {@code cid:}) chooses its {@code id}.
 */
public record NewAttachment(String filename, String contentType, byte[] content, @Nullable UUID id) {

    public NewAttachment {
        filename = StorableText.required(filename);
        contentType = StorableText.required(contentType);
    }

    public NewAttachment(String filename, String contentType, byte[] content) {
        this(filename, contentType, content, null);
    }
}
