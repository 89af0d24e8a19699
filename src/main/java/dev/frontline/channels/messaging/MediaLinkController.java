package dev.frontline.channels.messaging;

import dev.frontline.conversations.ReplyDeliveries;
import dev.frontline.shared.NotFoundException;
import java.io.InputStream;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a reply's attachment to the provider fetching it through a {@link MediaLinks} link; anything else
 * (a forged, altered or expired token) is 404, so the endpoint tells nobody what exists.
 */
@RestController
class MediaLinkController {

    private final MediaLinks links;
    private final ReplyDeliveries deliveries;

    MediaLinkController(MediaLinks links, ReplyDeliveries deliveries) {
        this.links = links;
        this.deliveries = deliveries;
    }

    @GetMapping("/webhooks/media/{token}/{filename}")
    ResponseEntity<InputStreamResource> media(@PathVariable String token, @PathVariable String filename) {
        MediaLinks.Target target = links.open(token).orElseThrow(() -> new NotFoundException("Media", filename));
        InputStream content = deliveries.attachmentContent(target.workspace(), target.attachmentId())
                .orElseThrow(() -> new NotFoundException("Media", filename));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(target.contentType()))
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content));
    }
}
