package dev.frontline.knowledge.internal;

import com.ibm.icu.text.Transliterator;
import dev.frontline.knowledge.ArticleLanguage;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How each language's text becomes terms. Each script family has its own fields ({@code title_en},
 * {@code body_zh}...), so one index serves all languages:
 * <ul>
 * <li>English: Porter stemming and stop words ("resetting passwords" finds "reset password").</li>
 * <li>Chinese, simplified and traditional alike: traditional characters folded to simplified, then
 * overlapping character pairs (CJK bigrams), so any multi-character query matches without a dictionary and a
 * zh-Hant query finds the zh-Hans article too.</li>
 * <li>Korean: Nori morphological analysis, which drops particles, so "비밀번호를" finds "비밀번호".</li>
 * </ul>
 */
public final class Analysis {

    /** The field suffix shared by the languages analysed alike. */
    public enum Script {
        EN, ZH, KO;

        public String field(String base) {
            return base + "_" + name().toLowerCase();
        }

        public static Script of(ArticleLanguage language) {
            return switch (language) {
                case EN -> EN;
                case ZH_HANS, ZH_HANT -> ZH;
                case KO -> KO;
            };
        }
    }

    static final String TITLE = "title";
    static final String BODY = "body";

    private Analysis() {
    }

    /** One analyzer for the whole index, choosing by field. */
    public static Analyzer perField() {
        Analyzer english = new EnglishAnalyzer();
        Analyzer chinese = new ChineseAnalyzer();
        Analyzer korean = new KoreanAnalyzer();
        Map<String, Analyzer> byField = Map.of(
                Script.EN.field(TITLE), english, Script.EN.field(BODY), english,
                Script.ZH.field(TITLE), chinese, Script.ZH.field(BODY), chinese,
                Script.KO.field(TITLE), korean, Script.KO.field(BODY), korean);
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), byField);
    }

    private static final class ChineseAnalyzer extends Analyzer {

        private static final String TRADITIONAL_TO_SIMPLIFIED = "Traditional-Simplified";

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream terms = new CJKWidthFilter(tokenizer);
            terms = new ICUTransformFilter(terms, Transliterator.getInstance(TRADITIONAL_TO_SIMPLIFIED));
            terms = new LowerCaseFilter(terms);
            return new TokenStreamComponents(tokenizer, new CJKBigramFilter(terms));
        }
    }
}
