package dev.frontline.channels.email.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decodes text as mail clients label it, which is often narrower than what they wrote: a "gb2312" message
 * holds GBK characters, "euc-kr" holds Windows-949 ones, "big5" holds HKSCS ones. Each label maps to the
 * superset Java knows; an unknown or missing label reads as UTF-8 when the bytes are valid UTF-8 and as
 * Windows-1252 otherwise, so text is never lost to a charset error.
 */
final class MailCharsets {

    private static final Map<String, String> SUPERSETS = Map.ofEntries(
            Map.entry("gb2312", "GB18030"), Map.entry("gbk", "GB18030"), Map.entry("x-gbk", "GB18030"),
            Map.entry("cp936", "GB18030"), Map.entry("euc-cn", "GB18030"), Map.entry("gb_2312-80", "GB18030"),
            Map.entry("csgb2312", "GB18030"), Map.entry("gb18030", "GB18030"), Map.entry("x-euc-cn", "GB18030"),
            Map.entry("big5", "Big5-HKSCS"), Map.entry("big-5", "Big5-HKSCS"), Map.entry("cn-big5", "Big5-HKSCS"),
            Map.entry("x-x-big5", "Big5-HKSCS"), Map.entry("csbig5", "Big5-HKSCS"),
            Map.entry("euc-kr", "x-windows-949"), Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("ks_c_5601", "x-windows-949"), Map.entry("ksc5601", "x-windows-949"),
            Map.entry("cp949", "x-windows-949"), Map.entry("uhc", "x-windows-949"), Map.entry("korean", "x-windows-949"),
            Map.entry("iso-2022-jp", "x-windows-iso2022jp"), Map.entry("csiso2022jp", "x-windows-iso2022jp"),
            Map.entry("shift_jis", "windows-31j"), Map.entry("shift-jis", "windows-31j"), Map.entry("sjis", "windows-31j"),
            Map.entry("x-sjis", "windows-31j"), Map.entry("cp932", "windows-31j"),
            Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"),
            Map.entry("utf8", "UTF-8"), Map.entry("unicode-1-1-utf-8", "UTF-8"));

    private static final Pattern ENCODED_WORD_CHARSET = Pattern.compile("=\\?([^?*\\s]+)(\\*[^?]*)?\\?([bBqQ])\\?");

    private MailCharsets() {
    }

    /**
     * Charsets by label as found, remembered because {@code Charset.forName} scans the class path for
     * charset providers on every unknown label (and labels are what senders make of them, so it is bounded).
     */
    private static final Cache<String, Optional<Charset>> BY_LABEL = Caffeine.newBuilder().maximumSize(1_000).build();

    /** The charset to read a label with, or null when Java knows no charset for it. */
    static @Nullable Charset forLabel(@Nullable String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        // Real labels are short; a long one is not worth keeping.
        return (label.length() > 40 ? lookUp(label) : BY_LABEL.get(label, MailCharsets::lookUp)).orElse(null);
    }

    private static Optional<Charset> lookUp(String label) {
        String name = label.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        String superset = SUPERSETS.get(name);
        try {
            return Optional.of(Charset.forName(superset != null ? superset : name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** The bytes as text; never fails, replacing what cannot be read. */
    static String decode(byte[] bytes, @Nullable String label) {
        Charset charset = forLabel(label);
        boolean usAscii = label != null && label.strip().equalsIgnoreCase("us-ascii");
        if (charset == null || usAscii || charset.equals(StandardCharsets.UTF_8)) {
            String utf8 = strictUtf8(bytes);
            if (utf8 != null) {
                return utf8;
            }
            if (charset == null || usAscii) {
                charset = Charset.forName("windows-1252");
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException cannotHappenWithReplace) {
            return new String(bytes, charset);
        }
    }

    private static @Nullable String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    /**
     * A header value with each RFC 2047 encoded word's charset replaced by the superset Java reads it with
     * (unknown labels become UTF-8), so decoding the header neither fails nor loses characters.
     */
    static String widenEncodedWords(String header) {
        Matcher matcher = ENCODED_WORD_CHARSET.matcher(header);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Charset charset = forLabel(matcher.group(1));
            String name = charset == null ? "UTF-8" : charset.name();
            matcher.appendReplacement(out, Matcher.quoteReplacement("=?" + name + "?" + matcher.group(3) + "?"));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
