package dev.frontline.channels.email.internal;

import dev.frontline.shared.StorableText;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One email as the parser read it: decoded headers, the text and HTML bodies, its parts, and what a
 * delivery report says. Header values in {@code headers} are decoded; names are lower case.
 *
 * @param messageId  the Message-ID without angle brackets, or null when the message has none
 * @param references In-Reply-To first, then References, newest first, without angle brackets
 */
record ParsedEmail(@Nullable String messageId, List<String> inReplyTo, List<String> references,
                   @Nullable Address from, List<Address> to, List<Address> cc, List<Address> replyTo,
                   @Nullable String subject, @Nullable Instant date, @Nullable String text, @Nullable String html,
                   List<Part> parts, Map<String, String> headers, String contentType,
                   @Nullable DeliveryReport report, List<String> problems) {

    /** Made storable as parsed: every later step, threading lookups included, may hand it to the database. */
    ParsedEmail {
        messageId = StorableText.of(messageId);
        inReplyTo = storable(inReplyTo);
        references = storable(references);
        subject = StorableText.of(subject);
        text = StorableText.of(text);
        html = StorableText.of(html);
        Map<String, String> storableHeaders = new LinkedHashMap<>();
        headers.forEach((name, value) -> storableHeaders.put(StorableText.required(name), StorableText.required(value)));
        headers = storableHeaders;
    }

    private static List<String> storable(List<String> values) {
        return values.stream().map(StorableText::required).toList();
    }

    record Address(String address, @Nullable String name) {

        Address {
            address = StorableText.required(address);
            name = StorableText.of(name);
        }

        String display() {
            return name == null || name.isBlank() ? address : name + " <" + address + ">";
        }
    }

    /** An attachment or inline part, with the id it will be stored under so the HTML can link to it. */
    record Part(UUID id, String filename, String contentType, byte[] content, @Nullable String contentId,
                boolean inline) {

        Part {
            filename = StorableText.required(filename);
            contentId = StorableText.of(contentId);
        }
    }

    /**
     * What a bounce reports: the failed recipients' action and status, and the Message-ID of the
     * message that bounced (from the returned headers).
     */
    record DeliveryReport(@Nullable String originalMessageId, @Nullable String action, @Nullable String status,
                          @Nullable String recipient, @Nullable String diagnostic) {

        DeliveryReport {
            originalMessageId = StorableText.of(originalMessageId);
            recipient = StorableText.of(recipient);
            diagnostic = StorableText.of(diagnostic);
        }

        /** A permanent or final failure, as opposed to a "delayed" warning. */
        boolean failed() {
            if (action != null) {
                return action.toLowerCase(java.util.Locale.ROOT).startsWith("failed");
            }
            return status == null || status.startsWith("5");
        }
    }

    @Nullable String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
