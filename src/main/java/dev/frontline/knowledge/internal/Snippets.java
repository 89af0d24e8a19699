package dev.frontline.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryTermExtractor;
import org.apache.lucene.search.highlight.QueryTermScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.WeightedTerm;

/**
 * The passage of a body that best matches one search's query, HTML-escaped, with the matched words in
 * {@code <mark>}; the body's opening when no passage matches (a title-only match).
 * <p>
 * One instance per search: the query's words are weighed (by IDF) once per body field and reused for every hit.
 * Span-aware highlighting ({@code QueryScorer}) redid that work for each hit, indexing the body into a
 * {@code MemoryIndex} and expanding fuzzy terms again, and was half of a search's CPU time (docs/benchmarks.md);
 * body fields only get term queries, so term scoring marks the same words. The query must be rewritten
 * ({@code IndexSearcher.rewrite}), so that fuzzy matches are the index terms they expanded to.
 */
final class Snippets {

    private static final int LENGTH = 160;
    private static final SimpleHTMLEncoder ENCODER = new SimpleHTMLEncoder();
    private static final SimpleHTMLFormatter MARK = new SimpleHTMLFormatter("<mark>", "</mark>");

    private final Analyzer analyzer;
    private final IndexReader reader;
    private final Query rewritten;
    private final Map<String, WeightedTerm[]> termsByField = new HashMap<>();

    Snippets(Analyzer analyzer, IndexReader reader, Query rewritten) {
        this.analyzer = analyzer;
        this.reader = reader;
        this.rewritten = rewritten;
    }

    String of(String field, String body) {
        WeightedTerm[] terms = termsByField.computeIfAbsent(field,
                name -> QueryTermExtractor.getIdfWeightedTerms(rewritten, reader, name));
        Highlighter highlighter = new Highlighter(MARK, ENCODER, new QueryTermScorer(terms));
        highlighter.setTextFragmenter(new SimpleFragmenter(LENGTH));
        try {
            String best = terms.length == 0 ? null : highlighter.getBestFragment(analyzer, field, body);
            return best != null ? best : ENCODER.encodeText(body.length() <= LENGTH ? body : body.substring(0, LENGTH));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            throw new IllegalStateException("The body's analysis disagrees with its text", e);
        }
    }
}
