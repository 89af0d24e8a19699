package dev.frontline.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.knowledge.ArticleLanguage;
import dev.frontline.knowledge.SearchHit;
import dev.frontline.knowledge.SearchRequest;
import dev.frontline.shared.WorkspaceId;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search quality on the relevance test set, measured as recall@3 (the share of queries with an expected article
 * among the first three hits) and MRR (the mean of 1 / rank of the first expected article). Asked once with
 * the query's language, as integrations do, and once without, as the agent's side panel does for a customer
 * message in any language. The floors are below the measured values (docs/benchmarks.md) so a change that
 * makes search worse fails here.
 */
class SearchRelevanceTests {

    private static final WorkspaceId WORKSPACE = new WorkspaceId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));

    @TempDir
    static Path directory;

    static RelevanceFixture fixture;
    static ArticleIndex index;

    @BeforeAll
    static void indexTheCorpus() {
        fixture = RelevanceFixture.load(WORKSPACE.value());
        index = fixture.indexIn(directory);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    record Quality(double recallAt3, double mrr, List<String> misses) {
    }

    static Quality measure(boolean withLanguage) {
        Map<UUID, String> keys = fixture.articles().entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getValue().id(), Map.Entry::getKey));
        double found = 0;
        double reciprocalRanks = 0;
        List<String> misses = new java.util.ArrayList<>();
        for (RelevanceFixture.Query query : fixture.queries()) {
            @Nullable ArticleLanguage language = withLanguage ? query.language() : null;
            List<String> ranked = index.search(WORKSPACE, new SearchRequest(query.text(), language, null, null, 10))
                    .stream().map(SearchHit::id).map(keys::get).toList();
            int rank = firstExpected(ranked, query.expected());
            found += rank > 0 && rank <= 3 ? 1 : 0;
            reciprocalRanks += rank > 0 ? 1.0 / rank : 0;
            if (rank != 1) {
                misses.add(query.text() + " -> " + ranked.stream().limit(3).toList());
            }
        }
        int queries = fixture.queries().size();
        return new Quality(found / queries, reciprocalRanks / queries, misses);
    }

    private static int firstExpected(List<String> ranked, List<String> expected) {
        for (int i = 0; i < ranked.size(); i++) {
            if (expected.contains(ranked.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    @Test
    void theTestSetCoversEveryLanguageWithAtLeastThirtyQueries() {
        assertThat(fixture.queries()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(fixture.queries()).extracting(RelevanceFixture.Query::language)
                .containsAll(List.of(ArticleLanguage.values()));
        fixture.queries().forEach(query -> assertThat(fixture.articles()).containsKeys(query.expected().toArray(String[]::new)));
    }

    @Test
    void searchInTheQueriesLanguageFindsTheExpectedArticles() {
        Quality quality = measure(true);
        System.out.printf("knowledge relevance, language given: recall@3=%.3f MRR=%.3f misses=%s%n",
                quality.recallAt3(), quality.mrr(), quality.misses());
        assertThat(quality.recallAt3()).as(quality.misses().toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(quality.mrr()).as(quality.misses().toString()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void searchWithoutALanguageFindsTheExpectedArticles() {
        Quality quality = measure(false);
        System.out.printf("knowledge relevance, no language: recall@3=%.3f MRR=%.3f misses=%s%n",
                quality.recallAt3(), quality.mrr(), quality.misses());
        assertThat(quality.recallAt3()).as(quality.misses().toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(quality.mrr()).as(quality.misses().toString()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void snippetsMarkTheMatchedWordsIncludingTyposAndEveryScript() {
        assertThat(firstSnippet("pasword reset", ArticleLanguage.EN)).contains("<mark>password</mark>");
        assertThat(firstSnippet("忘记密码", ArticleLanguage.ZH_HANS)).contains("<mark>").contains("密码");
        assertThat(firstSnippet("비밀번호를 잊어버렸어요", null)).contains("<mark>비밀</mark><mark>번호</mark>");
    }

    @Test
    void snippetsAreHtmlEscaped() {
        String snippet = firstSnippet("escalation tag", ArticleLanguage.EN);
        assertThat(snippet).contains("&quot;<mark>escalation</mark>&quot;");
    }

    private static String firstSnippet(String text, @Nullable ArticleLanguage language) {
        return index.search(WORKSPACE, new SearchRequest(text, language, null, null, 3)).getFirst().snippet();
    }
}
