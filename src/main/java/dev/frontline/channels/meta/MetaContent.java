package dev.frontline.channels.meta;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a Messenger or Instagram {@code message} carries: its text and the media to fetch ({@code image},
 * {@code video}, {@code audio}, {@code file} with a {@code payload.url}). Other attachment kinds (location,
 * shared posts, story mentions, reels, stickers as fallbacks) are named in the text, as nothing can be fetched.
 */
record MetaContent(@Nullable String text, List<Media> media, List<String> kinds) {

    record Media(String type, String url) {
    }

    private static final List<String> FETCHED = List.of("image", "video", "audio", "file");

    static MetaContent of(JsonNode message) {
        List<Media> media = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (JsonNode attachment : message.path("attachments")) {
            String type = attachment.path("type").asString("file");
            kinds.add(type);
            String url = attachment.path("payload").path("url").asString("");
            if (FETCHED.contains(type) && (url.startsWith("https://") || url.startsWith("http://"))) {
                media.add(new Media(type, url));
            } else {
                String title = attachment.path("title").asString(attachment.path("payload").path("title").asString(""));
                others.add("[" + type + (title.isEmpty() ? "" : ": " + title) + (url.isEmpty() ? "" : " " + url) + "]");
            }
        }
        String text = message.path("text").asString("");
        String named = String.join(" ", others);
        String all = (text + (text.isEmpty() || named.isEmpty() ? "" : "\n") + named).strip();
        return new MetaContent(all.isEmpty() ? null : all, media, kinds);
    }
}
