package dev.frontline.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * The passage of a body that best matches the query, HTML-escaped, with the matched words in {@code <mark>};
 * the body's opening when no passage matches (a title-only match).
 */
final class Snippets {

    private static final int LENGTH = 160;
    private static final SimpleHTMLEncoder ENCODER = new SimpleHTMLEncoder();

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    String of(IndexReader reader, Query query, String field, String body) {
        QueryScorer scorer = new QueryScorer(query, reader, field);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), ENCODER, scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, LENGTH));
        try {
            String best = highlighter.getBestFragment(analyzer, field, body);
            return best != null ? best : ENCODER.encodeText(body.length() <= LENGTH ? body : body.substring(0, LENGTH));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            throw new IllegalStateException("The body's analysis disagrees with its text", e);
        }
    }
}
