package dev.frontline.conversations.web;

import dev.frontline.conversations.AttachmentStorage;
import dev.frontline.shared.Caller;
import dev.frontline.shared.NotFoundException;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Downloads are always served as attachments with nosniff, so uploaded HTML or SVG never runs in our origin. */
@RestController
class AttachmentController {

    private record Stored(String filename, String contentType, long size, String key) {
    }

    private final JdbcClient jdbc;
    private final AttachmentStorage storage;

    AttachmentController(JdbcClient jdbc, AttachmentStorage storage) {
        this.jdbc = jdbc;
        this.storage = storage;
    }

    @GetMapping("/api/v1/attachments/{id}")
    ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        Stored stored = jdbc.sql("""
                select filename, content_type, size_bytes, storage_key from attachments
                where workspace_id = ? and id = ? and storage_key is not null""")
                .params(caller.workspaceId().value(), id)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .optional().orElseThrow(() -> new NotFoundException("Attachment", id));
        var content = storage.open(stored.key()).orElseThrow(() -> new NotFoundException("Attachment", id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(stored.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(stored.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content));
    }
}
