package dev.frontline.knowledge.internal;

import dev.frontline.knowledge.internal.Analysis.Script;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The passage of each hit's body that best matches the query, HTML-escaped, with the matched words in
 * {@code <mark>}; the body's opening when nothing in it matches (a title-only match). Uses the offsets stored
 * in the body's postings, so no text is analysed again at search time.
 */
final class Snippets {

    private static final int LENGTH = 160;
    private static final float MATCH_IN_THE_MIDDLE = 0.5f;
    private static final String[] BODY_FIELDS = Arrays.stream(Script.values())
            .map(script -> script.field(Analysis.BODY)).toArray(String[]::new);

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Per body field, the snippet of each of {@code docIds} (null where the document has no such field). */
    Map<String, String[]> of(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), LENGTH, MATCH_IN_THE_MIDDLE))
                .build();
        int[] onePassage = new int[BODY_FIELDS.length];
        Arrays.fill(onePassage, 1);
        return highlighter.highlightFields(BODY_FIELDS, query, docIds, onePassage);
    }
}
