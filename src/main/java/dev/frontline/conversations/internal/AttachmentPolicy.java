package dev.frontline.conversations.internal;

import dev.frontline.conversations.NewAttachment;
import dev.frontline.shared.PayloadTooLargeException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** Refuses attachments over {@code frontline.attachments.max-size} before anything is stored. */
@Component
public class AttachmentPolicy {

    private final DataSize maxSize;

    AttachmentPolicy(@Value("${frontline.attachments.max-size}") DataSize maxSize) {
        this.maxSize = maxSize;
    }

    public void check(List<NewAttachment> attachments) {
        for (NewAttachment attachment : attachments) {
            if (attachment.content().length > maxSize.toBytes()) {
                throw new PayloadTooLargeException("Attachment " + attachment.filename() + " is "
                        + attachment.content().length + " bytes; the limit is " + maxSize.toBytes() + " bytes.");
            }
        }
    }
}
