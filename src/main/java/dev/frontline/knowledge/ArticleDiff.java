package dev.frontline.knowledge;

import java.util.List;

/**
 * What changed from one version of an article to another, word by word (Chinese character by character), as
 * runs of text that are the same in both, only in the newer ({@code ADDED}) or only in the older
 * ({@code REMOVED}). The body is compared as text with one line per block (paragraph, heading, list item), so
 * markup that changes no words shows no change.
 */
public record ArticleDiff(int fromVersion, int toVersion, List<Change> title, List<Change> body) {

    public enum Kind {
        SAME, ADDED, REMOVED
    }

    public record Change(Kind kind, String text) {
    }
}
