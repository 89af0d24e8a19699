package dev.frontline.channels.web;

import dev.frontline.channels.email.EmailReceipt;
import dev.frontline.channels.email.internal.InboundEmail;
import dev.frontline.shared.Caller;
import dev.frontline.shared.PayloadTooLargeException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The raw email endpoint for MTA pipes and forwarding: the message itself as the request body. */
@RestController
class InboundEmailController {

    static final String MESSAGE_RFC822 = "message/rfc822";

    private final InboundEmail email;
    private final DataSize maxSize;

    InboundEmailController(InboundEmail email, @Value("${frontline.attachments.max-size}") DataSize maxSize) {
        this.email = email;
        this.maxSize = maxSize;
    }

    /**
     * Stores one email delivered to an email inbox: 201 the first time, 200 with the same ids when the
     * same message (same Message-ID, or the same bytes without one) arrives again.
     */
    @PostMapping(path = "/api/v1/inboxes/{id}/email", consumes = MESSAGE_RFC822)
    ResponseEntity<EmailReceipt> receive(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                                         HttpServletRequest request) throws IOException {
        EmailReceipt receipt = email.receive(caller.workspaceId(), id, body(request), "api");
        return ResponseEntity.status(receipt.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(receipt);
    }

    /** The body, refused with 413 as soon as it passes the size limit instead of after reading it all. */
    private byte[] body(HttpServletRequest request) throws IOException {
        long limit = maxSize.toBytes();
        if (request.getContentLengthLong() > limit) {
            throw tooLarge(request.getContentLengthLong(), limit);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw tooLarge(body.length, limit);
            }
            return body;
        }
    }

    private static PayloadTooLargeException tooLarge(long size, long limit) {
        return new PayloadTooLargeException("The email is " + (size > limit ? "over " : "") + limit
                + " bytes, the limit for an email.");
    }
}
