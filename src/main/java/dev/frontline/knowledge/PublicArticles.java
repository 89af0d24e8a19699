package dev.frontline.knowledge;

import dev.frontline.knowledge.internal.SearchIndexLifecycle;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone may read without signing in (the public help center, bots): a workspace's articles that are
 * published and meant for customers. Drafts, articles in review, archived and internal articles never appear
 * here, in lists, single reads, translations or search alike.
 */
@Service
public class PublicArticles {

    /** An article in a list; {@code translationGroupId} links it to its other languages. */
    public record Summary(UUID id, UUID translationGroupId, String language, String title, @Nullable UUID categoryId,
                          Instant updatedAt) {
    }

    /** One public article; {@code bodyHtml} is sanitized HTML; {@code translations} holds only public ones, by tag. */
    public record PublicArticle(UUID id, String language, String title, String bodyHtml, @Nullable UUID categoryId,
                                Instant updatedAt, Map<String, UUID> translations) {
    }

    private static final String VISIBLE = "status = 'PUBLISHED' and audience = 'PUBLIC'";
    private static final int LIST_LIMIT = 5_000;

    private final JdbcClient jdbc;
    private final SearchIndexLifecycle search;
    private final KnowledgeCategories categories;

    PublicArticles(JdbcClient jdbc, SearchIndexLifecycle search, KnowledgeCategories categories) {
        this.jdbc = jdbc;
        this.search = search;
        this.categories = categories;
    }

    /** The workspace's public articles in one language (every language when null), by title. */
    @Transactional(readOnly = true)
    public List<Summary> list(WorkspaceId workspace, @Nullable ArticleLanguage language) {
        return jdbc.sql("""
                select id, translation_group_id, language, title, category_id, updated_at from knowledge_articles
                where workspace_id = :workspace and %s and (cast(:language as varchar(10)) is null or language = :language)
                order by title, id fetch first :limit rows only""".formatted(VISIBLE))
                .param("workspace", workspace.value())
                .param("language", language == null ? null : language.tag())
                .param("limit", LIST_LIMIT)
                .query((rs, n) -> new Summary(rs.getObject("id", UUID.class), rs.getObject("translation_group_id", UUID.class),
                        rs.getString("language"), rs.getString("title"), rs.getObject("category_id", UUID.class),
                        Timestamps.read(rs, "updated_at")))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<PublicArticle> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select * from knowledge_articles where workspace_id = ? and id = ? and " + VISIBLE)
                .params(workspace.value(), id)
                .query((rs, n) -> new PublicArticle(id, rs.getString("language"), rs.getString("title"),
                        rs.getString("body_html"), rs.getObject("category_id", UUID.class), Timestamps.read(rs, "updated_at"),
                        translations(workspace, rs.getObject("translation_group_id", UUID.class))))
                .optional();
    }

    /**
     * The workspace's whole category tree with each category's translations ({@link KnowledgeCategory#nameIn} picks
     * the name for a page's language). Category names are public even where no public article is filed under them.
     */
    @Transactional(readOnly = true)
    public List<KnowledgeCategory> categories(WorkspaceId workspace) {
        return categories.all(workspace);
    }

    /** Search among the workspace's public articles in one language, best first. */
    public List<SearchHit> search(WorkspaceId workspace, String query, ArticleLanguage language, int limit) {
        return search(workspace, query, language, null, limit);
    }

    /** The same within one category and its sub-categories (every category when null). */
    public List<SearchHit> search(WorkspaceId workspace, String query, ArticleLanguage language, @Nullable UUID category,
                                  int limit) {
        if (query.isBlank()) {
            return List.of();
        }
        return search.index().search(workspace, new SearchRequest(query, language, ArticleAudience.PUBLIC, category,
                Math.clamp(limit, 1, KnowledgeSearch.MAX_LIMIT)));
    }

    private Map<String, UUID> translations(WorkspaceId workspace, UUID group) {
        Map<String, UUID> byLanguage = new LinkedHashMap<>();
        jdbc.sql("select id, language from knowledge_articles where workspace_id = ? and translation_group_id = ? and "
                        + VISIBLE + " order by language")
                .params(workspace.value(), group)
                .query((rs, n) -> Map.entry(rs.getString("language"), rs.getObject("id", UUID.class)))
                .list()
                .forEach(translation -> byLanguage.put(translation.getKey(), translation.getValue()));
        return byLanguage;
    }
}
