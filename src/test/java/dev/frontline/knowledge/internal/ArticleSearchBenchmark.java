package dev.frontline.knowledge.internal;

import dev.frontline.knowledge.ArticleLanguage;
import dev.frontline.knowledge.SearchRequest;
import dev.frontline.shared.WorkspaceId;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Search latency over 100,000 published articles of one workspace, a quarter in each of en, zh-Hans, zh-Hant
 * and ko. Each article is a relevance-corpus article of its language with its sentences and a random choice of
 * the language's other sentences mixed in (so the index holds 100,000 different texts with realistic term
 * statistics). Each operation is one search of the relevance test set's queries in turn, highlighting included:
 * {@code searchWithLanguage} with the query's language (integrations), {@code searchAnyLanguage} without (the
 * agent's side panel, which searches all scripts' fields). Run with {@code benchmarks/run-knowledge-benchmark.sh}.
 * <p>
 * On a shared machine the wall-clock samples include waiting for a core, so each trial also prints the CPU time
 * the benchmark thread spent per search ({@code cpu per search}), which load does not inflate.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ArticleSearchBenchmark {

    static final int ARTICLES = 100_000;
    private static final WorkspaceId WORKSPACE = new WorkspaceId(UUID.fromString("00000000-0000-0000-0000-0000000000be"));

    private Path directory;
    private ArticleIndex index;
    private List<RelevanceFixture.Query> queries;
    private int next;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private boolean measuring;
    private long cpuNanos;
    private long searches;

    @Setup
    public void indexOneHundredThousandArticles() throws IOException {
        RelevanceFixture fixture = RelevanceFixture.load(WORKSPACE.value());
        queries = fixture.queries();
        Map<ArticleLanguage, List<IndexedArticle>> byLanguage = new EnumMap<>(ArticleLanguage.class);
        Map<ArticleLanguage, List<String>> sentences = new EnumMap<>(ArticleLanguage.class);
        for (IndexedArticle article : fixture.articles().values()) {
            byLanguage.computeIfAbsent(article.language(), language -> new ArrayList<>()).add(article);
            sentences.computeIfAbsent(article.language(), language -> new ArrayList<>())
                    .addAll(Arrays.asList(article.bodyText().split("(?<=[.。])\\s*")));
        }
        directory = Files.createTempDirectory("knowledge-benchmark");
        index = new ArticleIndex(directory);
        Random random = new Random(42);
        ArticleLanguage[] languages = ArticleLanguage.values();
        for (int i = 0; i < ARTICLES; i++) {
            ArticleLanguage language = languages[i % languages.length];
            List<IndexedArticle> templates = byLanguage.get(language);
            IndexedArticle template = templates.get(random.nextInt(templates.size()));
            List<String> pool = sentences.get(language);
            StringBuilder body = new StringBuilder(template.bodyText());
            for (int s = 0; s < 4; s++) {
                body.append(' ').append(pool.get(random.nextInt(pool.size())));
            }
            index.put(new IndexedArticle(new UUID(0, i), WORKSPACE.value(), language, template.audience(), List.of(),
                    template.title() + " " + i, body.toString(), List.of()));
        }
        index.refresh();
    }

    @Setup(Level.Iteration)
    public void countOnlyMeasurementIterations(IterationParams iteration) {
        measuring = iteration.getType() == IterationType.MEASUREMENT;
    }

    @Benchmark
    public int searchWithLanguage() {
        RelevanceFixture.Query query = nextQuery();
        return timed(new SearchRequest(query.text(), query.language(), null, null, 10));
    }

    @Benchmark
    public int searchAnyLanguage() {
        RelevanceFixture.Query query = nextQuery();
        return timed(new SearchRequest(query.text(), null, null, null, 10));
    }

    private int timed(SearchRequest request) {
        if (!measuring) {
            return index.search(WORKSPACE, request).size();
        }
        long start = threads.getCurrentThreadCpuTime();
        int hits = index.search(WORKSPACE, request).size();
        cpuNanos += threads.getCurrentThreadCpuTime() - start;
        searches++;
        return hits;
    }

    private RelevanceFixture.Query nextQuery() {
        next = (next + 1) % queries.size();
        return queries.get(next);
    }

    @TearDown
    public void close() throws IOException {
        System.out.printf("%ncpu per search: %.3f ms over %d measured searches%n", cpuNanos / 1e6 / searches, searches);
        index.close();
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
