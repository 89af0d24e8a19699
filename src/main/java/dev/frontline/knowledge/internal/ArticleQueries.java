package dev.frontline.knowledge.internal;

import dev.frontline.knowledge.ArticleLanguage;
import dev.frontline.knowledge.internal.Analysis.Script;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a reader typed into a Lucene query: the text analysed for each script's fields (only the asked
 * language's script when a language is given), any word matching, titles weighing more than bodies, the words
 * close together weighing more still, and near misses of Latin words ("pasword") matching with a lower weight.
 */
final class ArticleQueries {

    private static final float TITLE_BOOST = 3f;
    private static final float PHRASE_BOOST = 2f;
    private static final float FUZZY_BOOST = 0.3f;
    private static final int PHRASE_SLOP = 2;
    private static final int SHORTEST_FUZZY_TERM = 4;
    private static final int SHORTEST_TWO_EDIT_TERM = 7;
    private static final int FUZZY_EXPANSIONS = 20;

    private final Analyzer analyzer;
    private final QueryBuilder builder;

    ArticleQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.builder = new QueryBuilder(analyzer);
    }

    /** Null when the text has no searchable words (only stop words or punctuation). */
    @Nullable Query matching(IndexReader reader, String text, @Nullable ArticleLanguage language) throws IOException {
        Set<Script> scripts = language == null ? EnumSet.allOf(Script.class) : EnumSet.of(Script.of(language));
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (Script script : scripts) {
            for (String base : List.of(Analysis.TITLE, Analysis.BODY)) {
                String field = script.field(base);
                float boost = base.equals(Analysis.TITLE) ? TITLE_BOOST : 1f;
                clauses += add(any, builder.createBooleanQuery(field, text, Occur.SHOULD), boost);
                if (base.equals(Analysis.TITLE)) {
                    clauses += add(any, builder.createPhraseQuery(field, text, PHRASE_SLOP), boost * PHRASE_BOOST);
                }
                if (script == Script.EN) {
                    for (String term : terms(field, text)) {
                        clauses += add(any, reader.docFreq(new Term(field, term)) > 0 ? null : fuzzy(field, term),
                                boost * FUZZY_BOOST);
                    }
                }
            }
        }
        return clauses == 0 ? null : any.build();
    }

    private static int add(BooleanQuery.Builder any, @Nullable Query query, float boost) {
        if (query == null) {
            return 0;
        }
        any.add(new BoostQuery(query, boost), Occur.SHOULD);
        return 1;
    }

    private static @Nullable Query fuzzy(String field, String term) {
        if (term.length() < SHORTEST_FUZZY_TERM || !term.chars().allMatch(c -> c < 0x250)) {
            return null;
        }
        int edits = term.length() >= SHORTEST_TWO_EDIT_TERM ? 2 : 1;
        return new FuzzyQuery(new Term(field, term), edits, 1, FUZZY_EXPANSIONS, true);
    }

    private List<String> terms(String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
