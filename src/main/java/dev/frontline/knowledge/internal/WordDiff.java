package dev.frontline.knowledge.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.frontline.knowledge.ArticleDiff.Change;
import dev.frontline.knowledge.ArticleDiff.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;

/**
 * A word-level diff of two texts (java-diff-utils' Myers diff over tokens). Han characters are tokens of their
 * own, since Chinese has no spaces between words; every other script's words are split at spaces and
 * punctuation, and the whitespace is kept so the runs put together give back both texts.
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\p{IsHan}|[\\p{L}\\p{N}\\p{M}_']+|\\s+|.", Pattern.DOTALL);
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, div, pre, blockquote, tr, figcaption";

    private WordDiff() {
    }

    public static List<Change> between(String older, String newer) {
        List<String> from = tokens(older);
        List<String> to = tokens(newer);
        List<Change> changes = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            int start = delta.getSource().getPosition();
            append(changes, Kind.SAME, from.subList(position, start));
            append(changes, Kind.REMOVED, delta.getSource().getLines());
            append(changes, Kind.ADDED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        append(changes, Kind.SAME, from.subList(position, from.size()));
        return changes;
    }

    /** The text of sanitized article HTML with one line per block, for {@link #between}. */
    public static String blockText(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.body().select(BLOCKS).forEach(block -> block.appendChild(new TextNode("\n")));
        document.body().select("br").forEach(lineBreak -> lineBreak.after(new TextNode("\n")));
        return document.body().wholeText().replaceAll("[ \\t]*\\n\\s*", "\n").strip();
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void append(List<Change> changes, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        int last = changes.size() - 1;
        if (last >= 0 && changes.get(last).kind() == kind) {
            changes.set(last, new Change(kind, changes.get(last).text() + text));
        } else {
            changes.add(new Change(kind, text));
        }
    }
}
