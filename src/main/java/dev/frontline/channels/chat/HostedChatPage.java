package dev.frontline.channels.chat;

import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The chat as a page of its own ({@code /chat/<inbox>}), where an "Offer chat" link leads: the same
 * {@code widget.js}, opened full page. No inline script, so the app's CSP holds; the widget reads the
 * {@code continue} token from the page's URL. An unknown inbox is a 404 problem.
 */
@RestController
class HostedChatPage {

    private final WidgetVisitors visitors;

    HostedChatPage(WidgetVisitors visitors) {
        this.visitors = visitors;
    }

    @GetMapping(path = "/chat/{inboxId}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable UUID inboxId) {
        String title = HtmlUtils.htmlEscape(visitors.inbox(inboxId).title());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body("""
                <!doctype html>
                <html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="referrer" content="no-referrer"><title>%s</title></head>
                <body><script src="/widget.js" data-inbox="%s" data-mode="page" async></script></body></html>
                """.formatted(title, inboxId));
    }
}
