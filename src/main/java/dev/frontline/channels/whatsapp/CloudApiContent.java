package dev.frontline.channels.whatsapp;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a WhatsApp Cloud API message carries, whatever its {@code type}: text (a text body, a media caption, a
 * button or list answer, a location) and the id of its media, if any.
 */
record CloudApiContent(String type, @Nullable String text, @Nullable String mediaId, @Nullable String mimeType,
                       @Nullable String filename) {

    static CloudApiContent of(JsonNode message) {
        String type = message.path("type").asString("text");
        JsonNode body = message.path(type);
        return switch (type) {
            case "text" -> new CloudApiContent(type, text(body.path("body")), null, null, null);
            case "image", "video", "audio", "document", "sticker" -> new CloudApiContent(type,
                    text(body.path("caption")), text(body.path("id")), text(body.path("mime_type")),
                    text(body.path("filename")));
            case "button" -> new CloudApiContent(type, text(body.path("text")), null, null, null);
            case "interactive" -> new CloudApiContent(type, text(body.path(body.path("type").asString("")).path("title")),
                    null, null, null);
            case "location" -> new CloudApiContent(type, body.path("latitude").asString("") + ","
                    + body.path("longitude").asString("") + (text(body.path("name")) == null ? ""
                    : " " + text(body.path("name"))), null, null, null);
            default -> new CloudApiContent(type, "[" + type + "]", null, null, null);
        };
    }

    private static @Nullable String text(JsonNode node) {
        String value = node.asString("");
        return value.isEmpty() ? null : value;
    }
}
