package dev.frontline.channels.chat;

import dev.frontline.conversations.Inbound;
import dev.frontline.conversations.Message;
import dev.frontline.conversations.NewAttachment;
import dev.frontline.conversations.ReplyDeliveries;
import dev.frontline.shared.ForbiddenException;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files in the chat widget: a visitor sends one (a message with an attachment, through the same inbound path as
 * text) and opens the attachments of their conversation. The visitor token travels in the form body, never in a
 * URL, and both are plain form posts, so a browser sends them cross-origin without a preflight.
 */
@RestController
class WidgetFilesController {

    /** What the widget gets back for an upload: the same as the socket's {@code ack}. */
    record Ack(String id, UUID messageId, UUID conversationId, boolean duplicate) {
    }

    private final WidgetVisitors visitors;
    private final VisitorUploadPolicy policy;
    private final ReplyDeliveries deliveries;

    WidgetFilesController(WidgetVisitors visitors, VisitorUploadPolicy policy, ReplyDeliveries deliveries) {
        this.visitors = visitors;
        this.policy = policy;
        this.deliveries = deliveries;
    }

    /** Sends a file (and an optional caption) as the visitor's message {@code id}; stored once per id. */
    @PostMapping(path = "/api/v1/widget/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Ack upload(@RequestParam String token, @RequestParam String id, @RequestParam(required = false) @Nullable String text,
               @RequestParam(required = false) @Nullable String language, @RequestParam MultipartFile file,
               HttpServletRequest request) {
        WidgetVisitors.Visitor visitor = visitor(token, request);
        if (id.isBlank() || id.length() > 100 || !id.matches("[A-Za-z0-9_-]+")) {
            throw new InvalidRequestException("id", "must be letters, digits, - and _ (at most 100)");
        }
        if (text != null && text.length() > 10_000) {
            throw new InvalidRequestException("text", "must be at most 10000 characters");
        }
        NewAttachment attachment = policy.accept(file.getOriginalFilename(), bytes(file));
        Inbound.Received received = visitors.receive(visitor, id, text, List.of(attachment), language);
        return new Ack(id, received.messageId().value(), received.conversationId().value(), received.duplicate());
    }

    /**
     * The bytes of an attachment in the visitor's conversation, always as a download with nosniff: the widget
     * shows allowed images from a blob, so nothing uploaded is ever rendered by the browser as a page.
     */
    @PostMapping("/api/v1/widget/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable UUID attachmentId, @RequestParam String token,
                                                 HttpServletRequest request) {
        WidgetVisitors.Visitor visitor = visitor(token, request);
        Message.Attachment attachment = visitors.visibleAttachment(visitor, attachmentId)
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        var content = deliveries.attachmentContent(visitor.workspace(), attachmentId)
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(attachment.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new InputStreamResource(content));
    }

    private WidgetVisitors.Visitor visitor(String token, HttpServletRequest request) {
        WidgetVisitors.Visitor visitor = visitors.byToken(token)
                .orElseThrow(() -> new ForbiddenException("Unknown visitor token."));
        if (!visitors.inbox(visitor.inboxId()).allows(request.getHeader(HttpHeaders.ORIGIN), WidgetController.appOrigin())) {
            throw new ForbiddenException("This site may not open the chat of this inbox.");
        }
        return visitor;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
