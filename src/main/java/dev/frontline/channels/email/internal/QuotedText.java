package dev.frontline.channels.email.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * The new part of an email for the thread view: the quoted earlier messages (below "On ... wrote:",
 * an Outlook or QQ header block, a trailing "&gt;" block) and the signature (below "-- ", "Sent from my
 * iPhone") cut off. The full body stays stored; when cutting would leave nothing the text is kept whole.
 */
final class QuotedText {

    /** A line where the quoted earlier message starts, in the languages our customers write in. */
    private static final List<Pattern> QUOTE_STARTS = List.of(
            Pattern.compile("^On .{1,300}wrote:\\s*$"),
            Pattern.compile("^Le .{1,300}a écrit\\s*:\\s*$"),
            Pattern.compile("^Am .{1,300}schrieb.{0,100}:\\s*$"),
            Pattern.compile("^-{2,}\\s*(Original Message|Forwarded message|原始邮件|原始郵件|原始訊息|원본 메시지|元のメッセージ)\\s*-{2,}\\s*$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^-{5,}\\s*(原始邮件|原始郵件)\\s*-{5,}\\s*$"),
            Pattern.compile("^_{20,}\\s*$"),
            Pattern.compile("^.{0,200}(写道|寫道)\\s*[:：]\\s*$"),
            Pattern.compile("^.{0,200}(님이 작성|작성했습니다)\\s*[:：]?\\s*$"),
            Pattern.compile("^.{0,200}(書きました|のメッセージ)\\s*[:：]\\s*$"));

    /** The first line of an Outlook-style header block of the quoted message. */
    private static final Pattern HEADER_BLOCK_START = Pattern.compile(
            "^\\*?(From|发件人|寄件者|發件人|보낸 사람|差出人)\\s*\\*?\\s*[:：].*", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_BLOCK_NEXT = Pattern.compile(
            "^\\*?(Sent|Date|To|Subject|发送时间|日期|收件人|主题|寄件日期|傳送時間|主旨|보낸 날짜|받는 사람|제목|送信日時|宛先|件名)\\s*\\*?\\s*[:：].*",
            Pattern.CASE_INSENSITIVE);

    private static final List<Pattern> SIGNATURE_STARTS = List.of(
            Pattern.compile("^-- ?$"),
            Pattern.compile("^(Sent from my |Sent from Mail for |Get Outlook for |Sent from Outlook|发自我的|從我的|寄自我的|iPhone에서 보냄|iPhoneから送信).*",
                    Pattern.CASE_INSENSITIVE));

    private QuotedText() {
    }

    /** The text without its quoted part and signature. */
    static @Nullable String latest(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int end = lines.length;
        for (int i = 0; i < lines.length && end == lines.length; i++) {
            String line = plain(lines[i]);
            String joined = i + 1 < lines.length ? line + " " + plain(lines[i + 1]) : line;
            if (QUOTE_STARTS.stream().anyMatch(p -> p.matcher(line).matches())) {
                end = i;
            } else if (QUOTE_STARTS.getFirst().matcher(joined).matches() && line.startsWith("On ")) {
                end = i; // "On ... <address>" wrapped before "wrote:"
            } else if (HEADER_BLOCK_START.matcher(line).matches() && i + 1 < lines.length
                    && HEADER_BLOCK_NEXT.matcher(plain(lines[i + 1])).matches()) {
                end = i;
            }
        }
        while (end > 0 && (lines[end - 1].startsWith(">") || lines[end - 1].isBlank())) {
            end--;
        }
        for (int i = Math.max(0, end - 12); i < end; i++) {
            String line = plain(lines[i]);
            if (SIGNATURE_STARTS.stream().anyMatch(p -> p.matcher(line).matches())) {
                end = i;
                break;
            }
        }
        String latest = String.join("\n", java.util.Arrays.copyOf(lines, end)).strip();
        return latest.isEmpty() ? text.strip() : latest;
    }

    /** The line as the patterns read it: Outlook's HTML turned text keeps no-break spaces in its separators. */
    private static String plain(String line) {
        return line.replace('\u00a0', ' ').replace('\u3000', ' ').strip();
    }

    /** The HTML's own text (quoted blocks of the common mail clients removed) with its line breaks. */
    static String textOf(String html) {
        Document document = Jsoup.parse(html);
        Element outlook = document.selectFirst("#appendonsend, #divRplyFwdMsg");
        if (outlook != null) {
            outlook.nextElementSiblings().remove();
            outlook.remove();
        }
        document.select("blockquote, .gmail_quote, .gmail_signature, .moz-cite-prefix, .moz-signature, "
                + ".yahoo_quoted, div[name=messageReplySection], head, style, script").remove();
        document.outputSettings().prettyPrint(false);
        // Line breaks in the HTML source are spaces to a browser; only the elements below break lines.
        document.body().traverse((node, depth) -> {
            if (node instanceof TextNode text && text.parent() instanceof Element parent && parent.closest("pre") == null) {
                text.text(text.getWholeText().replaceAll("\\s+", " "));
            }
        });
        document.select("br").before("\\n");
        document.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, pre").before("\\n");
        String withBreaks = Jsoup.clean(document.body().html().replace("\\n", "\n"), "", Safelist.none(),
                new Document.OutputSettings().prettyPrint(false));
        return Entities.unescape(withBreaks).replace('\u00a0', ' ').replaceAll("[ \\t]*\n[ \\t]*", "\n")
                .replaceAll("\n{3,}", "\n\n").strip();
    }
}
