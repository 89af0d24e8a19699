package dev.frontline.channels.chat;

import dev.frontline.knowledge.ArticleLanguage;

/**
 * The article language a visitor's question is written in. The codebase has no statistical language detector, and
 * among the four article languages the script decides: Hangul is Korean, Han is Chinese, anything else English.
 * Simplified and Traditional Chinese share most characters, so the common characters that differ decide between
 * them (Simplified on a tie, the more widely written of the two).
 */
final class QuestionLanguage {

    /** Pairs of frequent characters, Traditional at even and Simplified at odd positions. */
    private static final String PAIRS = "這这個个們们來来說说時时會会對对為为號号碼码單单幫帮麼么還还點点關关開开發发問问題题電电"
            + "話话帳帐戶户費费與与學学機机網网線线樣样條条讓让門门貨货運运錢钱設设錄录換换變变訊讯郵邮務务專专業业價价買买"
            + "賣卖無无種种產产麗丽從从進进過过當当寫写轉转體体後后氣气";

    private QuestionLanguage() {
    }

    static ArticleLanguage of(String question) {
        int hangul = 0;
        int han = 0;
        int traditional = 0;
        int simplified = 0;
        for (int i = 0; i < question.length(); ) {
            int codePoint = question.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            if (script == Character.UnicodeScript.HANGUL) {
                hangul++;
            } else if (script == Character.UnicodeScript.HAN) {
                han++;
                int pair = PAIRS.indexOf(codePoint);
                if (pair >= 0 && pair % 2 == 0) {
                    traditional++;
                } else if (pair >= 0) {
                    simplified++;
                }
            }
            i += Character.charCount(codePoint);
        }
        if (hangul > 0 && hangul >= han) {
            return ArticleLanguage.KO;
        }
        if (han > 0) {
            return traditional > simplified ? ArticleLanguage.ZH_HANT : ArticleLanguage.ZH_HANS;
        }
        return ArticleLanguage.EN;
    }
}
