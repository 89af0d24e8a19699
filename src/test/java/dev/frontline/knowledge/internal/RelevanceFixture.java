package dev.frontline.knowledge.internal;

import dev.frontline.knowledge.ArticleAudience;
import dev.frontline.knowledge.ArticleLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The relevance test set: help-center and agent articles in en, zh-Hans, zh-Hant and ko
 * ({@code knowledge/relevance-corpus.txt}) and the queries that each expect some of them
 * ({@code knowledge/relevance-queries.txt}).
 */
record RelevanceFixture(Map<String, IndexedArticle> articles, List<Query> queries) {

    record Query(ArticleLanguage language, String text, List<String> expected) {
    }

    /** A fresh index in {@code directory} holding every article of the corpus, searchable at once. */
    ArticleIndex indexIn(java.nio.file.Path directory) {
        ArticleIndex index = new ArticleIndex(directory);
        articles.values().forEach(index::put);
        index.refresh();
        return index;
    }

    static RelevanceFixture load(UUID workspace) {
        Map<String, IndexedArticle> articles = new LinkedHashMap<>();
        String[] lines = read("knowledge/relevance-corpus.txt").split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("## ")) {
                String[] head = lines[i].substring(3).split(" \\| ");
                articles.put(head[0], new IndexedArticle(UUID.nameUUIDFromBytes(head[0].getBytes(StandardCharsets.UTF_8)),
                        workspace, ArticleLanguage.of("language", head[1]), ArticleAudience.valueOf(head[2]), List.of(),
                        head[3], lines[i + 1], List.of()));
            }
        }
        List<Query> queries = new ArrayList<>();
        for (String line : read("knowledge/relevance-queries.txt").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split(" \\| ");
                queries.add(new Query(ArticleLanguage.of("language", parts[0]), parts[1],
                        Arrays.asList(parts[2].split(","))));
            }
        }
        return new RelevanceFixture(articles, queries);
    }

    private static String read(String resource) {
        try (InputStream in = RelevanceFixture.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
