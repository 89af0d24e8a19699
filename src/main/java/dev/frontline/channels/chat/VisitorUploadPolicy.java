package dev.frontline.channels.chat;

import dev.frontline.conversations.NewAttachment;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.PayloadTooLargeException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * What a chat visitor may upload: at most {@code frontline.chat.max-upload-size}, of an allowed kind judged by
 * the bytes themselves (never the browser's declared type or the file name alone): PNG, JPEG, GIF and WebP images,
 * PDF, Office documents, and plain UTF-8 text. SVG, HTML and executables are refused. The stored content type
 * is the sniffed one, so a disguised file is never shown as an image.
 */
@Component
class VisitorUploadPolicy {

    static final Set<String> INLINE_IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");
    private static final Set<String> OFFICE = Set.of("docx", "xlsx", "pptx", "odt", "ods", "odp");
    private static final Set<String> TEXT = Set.of("txt", "csv", "log");

    private final DataSize maxSize;

    VisitorUploadPolicy(@Value("${frontline.chat.max-upload-size:10MB}") DataSize maxSize) {
        this.maxSize = maxSize;
    }

    long maxBytes() {
        return maxSize.toBytes();
    }

    /** The upload as an attachment with a safe name and its sniffed type, or a 4xx problem saying why not. */
    NewAttachment accept(@Nullable String originalName, byte[] content) {
        if (content.length == 0) {
            throw new InvalidRequestException("file", "is empty");
        }
        if (content.length > maxSize.toBytes()) {
            throw new PayloadTooLargeException("The file is " + content.length + " bytes; the chat accepts files up to "
                    + maxSize.toBytes() + " bytes.");
        }
        String filename = safeName(originalName);
        String type = sniff(filename, content).orElseThrow(() -> new InvalidRequestException("file",
                "is not an allowed kind of file (images, PDF, Office documents and text files are)"));
        return new NewAttachment(filename, type, content);
    }

    static Optional<String> sniff(String filename, byte[] b) {
        String extension = filename.contains(".") ? filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (startsWith(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (startsWith(b, 'P', 'K', 3, 4) && OFFICE.contains(extension)) {
            return Optional.of(switch (extension) {
                case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
                default -> "application/vnd.oasis.opendocument." + switch (extension) {
                    case "odt" -> "text";
                    case "ods" -> "spreadsheet";
                    default -> "presentation";
                };
            });
        }
        if (TEXT.contains(extension) && isPlainText(b)) {
            return Optional.of(extension.equals("csv") ? "text/csv" : "text/plain");
        }
        return Optional.empty();
    }

    /** The file's own name without any path, control characters or quotes, at most 200 characters. */
    static String safeName(@Nullable String name) {
        String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String cleaned = base.replaceAll("[\\p{Cntrl}\"<>]", "").strip();
        if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
            return "upload";
        }
        return cleaned.length() > 200 ? cleaned.substring(cleaned.length() - 200) : cleaned;
    }

    private static boolean isPlainText(byte[] content) {
        for (byte value : content) {
            if (value == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, int... magic) {
        return content.length >= magic.length
                && Arrays.equals(Arrays.copyOf(content, magic.length), toBytes(magic));
    }

    private static byte[] toBytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
