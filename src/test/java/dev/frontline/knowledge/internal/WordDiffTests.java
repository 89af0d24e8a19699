package dev.frontline.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.knowledge.ArticleDiff.Change;
import dev.frontline.knowledge.ArticleDiff.Kind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordDiffTests {

    private static String text(List<Change> changes, Kind left) {
        return changes.stream().filter(change -> change.kind() == Kind.SAME || change.kind() == left)
                .map(Change::text).collect(Collectors.joining());
    }

    @Test
    void theRunsPutTogetherGiveBackBothTexts() {
        String older = "Refunds arrive within 5 to 7 business days, by card.";
        String newer = "Refunds now arrive within 3 business days (by card or PayPal).";

        List<Change> changes = WordDiff.between(older, newer);

        assertThat(text(changes, Kind.REMOVED)).isEqualTo(older);
        assertThat(text(changes, Kind.ADDED)).isEqualTo(newer);
        assertThat(changes).contains(new Change(Kind.ADDED, "now "));
    }

    @Test
    void koreanWordsAndHanCharactersAreTheUnitsOfChange() {
        assertThat(WordDiff.between("비밀번호를 재설정하세요", "비밀번호를 변경하세요"))
                .containsExactly(new Change(Kind.SAME, "비밀번호를 "), new Change(Kind.REMOVED, "재설정하세요"),
                        new Change(Kind.ADDED, "변경하세요"));
        assertThat(WordDiff.between("三十天内退款", "七天内退款"))
                .containsExactly(new Change(Kind.REMOVED, "三十"), new Change(Kind.ADDED, "七"), new Change(Kind.SAME, "天内退款"));
    }

    @Test
    void blockTextHasOneLinePerBlockAndLineBreak() {
        assertThat(WordDiff.blockText("<h2>Labels</h2><p>Print it<br>or scan it.</p><ul><li>One</li><li>Two</li></ul>"))
                .isEqualTo("Labels\nPrint it\nor scan it.\nOne\nTwo");
    }
}
