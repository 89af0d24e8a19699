package dev.frontline.channels.email.internal;

import dev.frontline.shared.Ids;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.mail.util.StreamProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.jspecify.annotations.Nullable;

/**
 * Reads a raw RFC 5322 message with Angus Mail, leniently: a part that cannot be read as declared is
 * read as well as it can be (a wrong boundary is looked for in the body, bad base64 skips the bad
 * characters, an unknown charset reads as UTF-8 or Windows-1252), and what went wrong is listed in
 * {@link ParsedEmail#problems()}. It never throws for malformed input.
 */
final class MailParser {

    private static final int MAX_DEPTH = 20;
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"',;:()\\[\\]]+@[^\\s<>\"',;:()\\[\\]]+");
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern BOUNDARY_LINE = Pattern.compile("(?m)^--([0-9A-Za-z'()+_,./:=?-]{1,70})\\s*$");
    private static final Pattern HEADER_MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*<([^<>\\s]+)>");

    static {
        // Angus reads these leniency switches from system properties only.
        System.setProperty("mail.mime.base64.ignoreerrors", "true");
        System.setProperty("mail.mime.uudecode.ignoreerrors", "true");
        System.setProperty("mail.mime.multipart.allowempty", "true");
        System.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        System.setProperty("mail.mime.decodetext.strict", "false");
        System.setProperty("mail.mime.parameters.strict", "false");
        // jakarta.mail-api looks its StreamProvider up on every MimeMessage, part and header decode, scanning
        // the class path with a ServiceLoader each time unless this names it (jakartaee/mail-api#699): that
        // scan was 15% of the CPU of receiving an email.
        if (System.getProperty(StreamProvider.class.getName()) == null) {
            System.setProperty(StreamProvider.class.getName(), MailStreamProvider.class.getName());
        }
    }

    private static final Session SESSION;

    static {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.allowutf8", "true");
        properties.setProperty("mail.mime.address.strict", "false");
        SESSION = Session.getInstance(properties);
    }

    private MailParser() {
    }

    static ParsedEmail parse(byte[] raw) {
        Reading reading = new Reading();
        MimeMessage message;
        try {
            message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        } catch (MessagingException unreadable) {
            reading.problems.add("headers: " + unreadable.getMessage());
            reading.text.append(MailCharsets.decode(raw, null));
            return reading.result(Map.of(), "text/plain", null, List.of(), List.of());
        }
        Map<String, String> headers = headers(message);
        String contentType = baseType(message);
        reading.walk(message, 0, false);
        if (reading.text.isEmpty() && reading.html.isEmpty() && reading.parts.isEmpty()) {
            reading.problems.add("no readable part; the body is kept as text");
            reading.appendText(MailCharsets.decode(rawBytes(message), null));
        }
        String messageId = firstId(headers.get("message-id"));
        List<String> inReplyTo = ids(headers.get("in-reply-to"));
        List<String> references = new ArrayList<>(ids(headers.get("references")));
        java.util.Collections.reverse(references);
        return new ParsedEmail(messageId, inReplyTo, references, first(addresses(headers.get("from"))).orElse(
                first(addresses(headers.get("sender"))).orElse(first(addresses(headers.get("return-path"))).orElse(null))),
                addresses(headers.get("to")), addresses(headers.get("cc")), addresses(headers.get("reply-to")),
                headers.get("subject"), date(headers.get("date")), reading.textOrNull(), reading.htmlOrNull(),
                List.copyOf(reading.parts), headers, contentType, reading.report(), List.copyOf(reading.problems));
    }

    /** Decoded headers by lower-case name; a repeated header keeps its first value. */
    private static Map<String, String> headers(MimePart part) {
        Map<String, String> headers = new LinkedHashMap<>();
        try {
            Enumeration<jakarta.mail.Header> all = part.getAllHeaders();
            while (all.hasMoreElements()) {
                jakarta.mail.Header header = all.nextElement();
                headers.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), decodeHeader(header.getValue()));
            }
        } catch (MessagingException unreadable) {
            // keep what was read
        }
        return headers;
    }

    static String decodeHeader(@Nullable String raw) {
        if (raw == null) {
            return "";
        }
        String unfolded = raw.replaceAll("\\r?\\n[ \\t]", " ").replace("\r", "").replace("\n", "");
        if (!unfolded.contains("=?")) {
            return unfolded.strip();
        }
        try {
            return MimeUtility.decodeText(MailCharsets.widenEncodedWords(unfolded)).strip();
        } catch (IOException | RuntimeException undecodable) {
            return unfolded.strip();
        }
    }

    static List<ParsedEmail.Address> addresses(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        List<ParsedEmail.Address> result = new ArrayList<>();
        try {
            for (InternetAddress address : InternetAddress.parseHeader(header, false)) {
                String email = address.getAddress();
                if (email != null && ADDRESS.matcher(email).matches()) {
                    String name = address.getPersonal();
                    result.add(new ParsedEmail.Address(email.strip(), name == null || name.isBlank() ? null : name.strip()));
                }
            }
        } catch (Exception unparseable) {
            // fall through to the plain search below
        }
        if (result.isEmpty()) {
            Matcher matcher = ADDRESS.matcher(header);
            while (matcher.find()) {
                result.add(new ParsedEmail.Address(matcher.group(), null));
            }
        }
        return result;
    }

    private static <T> java.util.Optional<T> first(List<T> list) {
        return list.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(list.getFirst());
    }

    static @Nullable String firstId(@Nullable String header) {
        List<String> ids = ids(header);
        if (!ids.isEmpty()) {
            return ids.getFirst();
        }
        String bare = header == null ? "" : header.strip();
        return bare.isEmpty() || bare.contains(" ") ? null : bare;
    }

    static List<String> ids(@Nullable String header) {
        if (header == null) {
            return List.of();
        }
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        Matcher matcher = MESSAGE_ID.matcher(header);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return List.copyOf(ids);
    }

    private static @Nullable Instant date(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return new MailDateFormat().parse(header).toInstant();
        } catch (ParseException | RuntimeException unparseable) {
            return null;
        }
    }

    private static String baseType(Part part) {
        try {
            String header = part.getContentType();
            return header == null ? "text/plain" : new ContentType(header).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException unparseable) {
            return "application/octet-stream";
        }
    }

    private static @Nullable String parameter(Part part, String name) {
        try {
            String header = part.getContentType();
            return header == null ? null : new ContentType(header).getParameter(name);
        } catch (MessagingException | RuntimeException unparseable) {
            return null;
        }
    }

    /** The part's body with its transfer encoding undone; what could be read when the encoding is broken. */
    static byte[] decodedBytes(Part part, List<String> problems) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = part.getInputStream()) {
            in.transferTo(out);
        } catch (IOException | MessagingException | RuntimeException broken) {
            problems.add("body: " + broken.getMessage());
            if (out.size() == 0) {
                return rawBytes(part);
            }
        }
        return out.toByteArray();
    }

    private static byte[] rawBytes(Part part) {
        try (InputStream in = part instanceof MimeMessage m ? m.getRawInputStream()
                : part instanceof MimeBodyPart p ? p.getRawInputStream() : part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException | MessagingException | RuntimeException unreadable) {
            return new byte[0];
        }
    }

    /** Walks the MIME tree once, collecting bodies, parts and the delivery report. */
    private static final class Reading {

        final StringBuilder text = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        final List<ParsedEmail.Part> parts = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        @Nullable Map<String, String> deliveryStatus;
        @Nullable String returnedMessageId;

        void walk(Part part, int depth, boolean insideReport) {
            if (depth > MAX_DEPTH) {
                problems.add("nesting deeper than " + MAX_DEPTH);
                return;
            }
            String type = baseType(part);
            if (type.startsWith("multipart/")) {
                Multipart multipart = multipart(part);
                if (multipart == null) {
                    text(part, "text/plain");
                    return;
                }
                walkMultipart(multipart, type, depth, insideReport || type.equals("multipart/report"));
            } else if (type.equals("message/delivery-status") || type.equals("message/global-delivery-status")) {
                deliveryStatus = deliveryStatus(decodedBytes(part, problems));
            } else if (insideReport && (type.equals("text/rfc822-headers") || type.equals("message/rfc822-headers"))) {
                byte[] bytes = decodedBytes(part, problems);
                returned(MailCharsets.decode(bytes, null));
                attach(part, type, bytes, "returned-headers.txt");
            } else if (type.equals("message/rfc822") || type.equals("message/global")) {
                byte[] bytes = decodedBytes(part, problems);
                if (insideReport) {
                    returned(MailCharsets.decode(bytes, null));
                }
                attach(part, "message/rfc822", bytes, "message.eml");
            } else if ((type.equals("text/plain") || type.equals("text/html") || type.equals("text/enriched"))
                    && !isAttachment(part)) {
                text(part, type);
            } else {
                attach(part, type, decodedBytes(part, problems), null);
            }
        }

        private void walkMultipart(Multipart multipart, String type, int depth, boolean insideReport) {
            int count;
            try {
                count = multipart.getCount();
            } catch (MessagingException broken) {
                problems.add("multipart: " + broken.getMessage());
                return;
            }
            if (type.equals("multipart/alternative")) {
                // The richest alternative of each kind wins; parts come simplest first.
                Reading alternatives = new Reading();
                String bestText = null;
                String bestHtml = null;
                for (int i = 0; i < count; i++) {
                    Reading one = new Reading();
                    BodyPart child = child(multipart, i);
                    if (child == null) {
                        continue;
                    }
                    one.walk(child, depth + 1, insideReport);
                    if (one.text.length() > 0) {
                        bestText = one.text.toString();
                    }
                    if (one.html.length() > 0) {
                        bestHtml = one.html.toString();
                    }
                    alternatives.parts.addAll(one.parts);
                    alternatives.problems.addAll(one.problems);
                }
                appendText(bestText);
                appendHtml(bestHtml);
                parts.addAll(alternatives.parts);
                problems.addAll(alternatives.problems);
                return;
            }
            for (int i = 0; i < count; i++) {
                BodyPart child = child(multipart, i);
                if (child != null) {
                    walk(child, depth + 1, insideReport);
                }
            }
        }

        private @Nullable BodyPart child(Multipart multipart, int index) {
            try {
                return multipart.getBodyPart(index);
            } catch (MessagingException broken) {
                problems.add("part " + index + ": " + broken.getMessage());
                return null;
            }
        }

        /** The multipart, re-read with the boundary the body really uses when the declared one is wrong. */
        private @Nullable Multipart multipart(Part part) {
            byte[] raw = null;
            try {
                Object content = part.getContent();
                // A wrong boundary either fails here or, with empty multiparts allowed, reads as no parts.
                if (content instanceof Multipart multipart && multipart.getCount() > 0) {
                    return multipart;
                }
            } catch (IOException | MessagingException | RuntimeException broken) {
                problems.add("multipart: " + broken.getMessage());
            }
            raw = rawBytes(part);
            Matcher boundary = BOUNDARY_LINE.matcher(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1));
            if (boundary.find()) {
                try {
                    String subtype = baseType(part).substring("multipart/".length());
                    MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(raw,
                            "multipart/" + subtype + "; boundary=\"" + boundary.group(1) + "\""));
                    if (multipart.getCount() > 0) {
                        problems.add("multipart: read with boundary " + boundary.group(1));
                        return multipart;
                    }
                } catch (MessagingException | RuntimeException stillBroken) {
                    problems.add("multipart: " + stillBroken.getMessage());
                }
            }
            return null;
        }

        private void text(Part part, String type) {
            String body = MailCharsets.decode(decodedBytes(part, problems), parameter(part, "charset"));
            if (type.equals("text/html")) {
                appendHtml(body);
            } else {
                appendText(body);
            }
        }

        private void appendText(@Nullable String body) {
            if (body != null && !body.isBlank()) {
                text.append(text.length() == 0 ? "" : "\n\n").append(body.replace("\r\n", "\n").stripTrailing());
            }
        }

        private void appendHtml(@Nullable String body) {
            if (body != null && !body.isBlank()) {
                html.append(body);
            }
        }

        private void attach(Part part, String type, byte[] content, @Nullable String defaultName) {
            String contentId = null;
            boolean inline = false;
            try {
                if (part instanceof MimePart mime && mime.getContentID() != null) {
                    contentId = mime.getContentID().strip().replaceAll("^<|>$", "");
                }
                inline = Part.INLINE.equalsIgnoreCase(part.getDisposition()) || contentId != null;
            } catch (MessagingException | RuntimeException unreadable) {
                problems.add("part headers: " + unreadable.getMessage());
            }
            String filename = filename(part);
            if (filename == null) {
                filename = defaultName != null ? defaultName : "part-" + (parts.size() + 1) + extension(type);
            }
            parts.add(new ParsedEmail.Part(Ids.newId(), filename, type, content, contentId, inline));
        }

        private @Nullable String filename(Part part) {
            String name = null;
            try {
                name = part.getFileName();
            } catch (MessagingException | RuntimeException unreadable) {
                problems.add("filename: " + unreadable.getMessage());
            }
            if (name == null) {
                name = parameter(part, "name");
            }
            if (name == null || name.isBlank()) {
                return null;
            }
            String decoded = decodeHeader(name).replaceAll("[\\\\/\\x00-\\x1f]", "_");
            return decoded.length() > 300 ? decoded.substring(decoded.length() - 300) : decoded;
        }

        private static String extension(String type) {
            return switch (type) {
                case "image/png" -> ".png";
                case "image/jpeg" -> ".jpg";
                case "image/gif" -> ".gif";
                case "text/plain" -> ".txt";
                case "text/html" -> ".html";
                case "application/pdf" -> ".pdf";
                default -> ".bin";
            };
        }

        private boolean isAttachment(Part part) {
            try {
                return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || filename(part) != null;
            } catch (MessagingException | RuntimeException unreadable) {
                return false;
            }
        }

        /** The first per-recipient block of a DSN, merged over the per-message block. */
        private Map<String, String> deliveryStatus(byte[] body) {
            Map<String, String> fields = new LinkedHashMap<>();
            String text = MailCharsets.decode(body, null).replace("\r\n", "\n");
            for (String block : text.split("\n\\s*\n")) {
                try {
                    InternetHeaders headers = new InternetHeaders(new ByteArrayInputStream(
                            (block.strip() + "\n\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    Enumeration<jakarta.mail.Header> all = headers.getAllHeaders();
                    while (all.hasMoreElements()) {
                        jakarta.mail.Header header = all.nextElement();
                        fields.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue().strip());
                    }
                } catch (MessagingException unreadable) {
                    problems.add("delivery-status: " + unreadable.getMessage());
                }
            }
            return fields;
        }

        private void returned(String headersOrMessage) {
            Matcher matcher = HEADER_MESSAGE_ID.matcher(headersOrMessage);
            if (returnedMessageId == null && matcher.find()) {
                returnedMessageId = matcher.group(1);
            }
        }

        ParsedEmail.@Nullable DeliveryReport report() {
            if (deliveryStatus == null && returnedMessageId == null) {
                return null;
            }
            Map<String, String> status = deliveryStatus == null ? Map.of() : deliveryStatus;
            return new ParsedEmail.DeliveryReport(returnedMessageId, status.get("action"), status.get("status"),
                    status.get("final-recipient"), status.get("diagnostic-code"));
        }

        @Nullable String textOrNull() {
            return text.isEmpty() ? null : text.toString();
        }

        @Nullable String htmlOrNull() {
            return html.isEmpty() ? null : html.toString();
        }

        ParsedEmail result(Map<String, String> headers, String contentType, @Nullable String messageId,
                           List<String> inReplyTo, List<String> references) {
            return new ParsedEmail(messageId, inReplyTo, references, null, List.of(), List.of(), List.of(), null, null,
                    textOrNull(), htmlOrNull(), List.copyOf(parts), headers, contentType, report(), List.copyOf(problems));
        }
    }
}
