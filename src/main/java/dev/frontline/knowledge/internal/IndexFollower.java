package dev.frontline.knowledge.internal;

import dev.frontline.knowledge.ArticleAudience;
import dev.frontline.knowledge.ArticleLanguage;
import dev.frontline.knowledge.ArticleStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps one node's index in step with the database. Every article change takes the next revision of the
 * shared index clock; a follower replays the changes after the last revision it applied, in order:
 * published articles are (re)indexed, all others removed. Starting from revision 0 rebuilds the whole index.
 * The node that made a change replays it right after commit; every other node on its next poll.
 */
public final class IndexFollower {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final ArticleIndex index;
    private long appliedRevision;

    public IndexFollower(JdbcClient jdbc, ArticleIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /** Empties the index and replays every article. */
    public synchronized void rebuild() {
        index.clear();
        appliedRevision = 0;
        catchUp();
    }

    /** Applies every change committed since the last one applied, then makes them searchable. */
    public synchronized void catchUp() {
        List<ChangedArticle> changes;
        do {
            changes = jdbc.sql("""
                    select id, workspace_id, language, audience, status, category_id, title, body_html, index_revision
                    from knowledge_articles where index_revision > ? order by index_revision fetch first %d rows only"""
                            .formatted(BATCH))
                    .param(appliedRevision)
                    .query((rs, n) -> new ChangedArticle(rs.getObject("id", UUID.class),
                            rs.getObject("workspace_id", UUID.class), rs.getString("language"),
                            ArticleAudience.valueOf(rs.getString("audience")), ArticleStatus.valueOf(rs.getString("status")),
                            rs.getObject("category_id", UUID.class), rs.getString("title"), rs.getString("body_html"),
                            rs.getLong("index_revision")))
                    .list();
            apply(changes);
        } while (changes.size() == BATCH);
        index.refresh();
    }

    public synchronized long appliedRevision() {
        return appliedRevision;
    }

    private void apply(List<ChangedArticle> changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<UUID> published = changes.stream().filter(change -> change.status() == ArticleStatus.PUBLISHED)
                .map(ChangedArticle::id).toList();
        Map<UUID, List<String>> tags = tags(published);
        Map<UUID, @Nullable UUID> parents = categoryParents(changes);
        for (ChangedArticle change : changes) {
            if (change.status() == ArticleStatus.PUBLISHED) {
                index.put(new IndexedArticle(change.id(), change.workspaceId(), ArticleLanguage.of("language", change.language()),
                        change.audience(), ancestry(change.categoryId(), parents), change.title(),
                        ArticleHtml.text(change.bodyHtml()), tags.getOrDefault(change.id(), List.of())));
            } else {
                index.remove(change.id());
            }
            appliedRevision = change.revision();
        }
    }

    private Map<UUID, List<String>> tags(List<UUID> articles) {
        Map<UUID, List<String>> tags = new HashMap<>();
        if (!articles.isEmpty()) {
            jdbc.sql("select article_id, tag from knowledge_article_tags where article_id in (:articles)")
                    .param("articles", articles)
                    .query(rs -> {
                        tags.computeIfAbsent(rs.getObject("article_id", UUID.class), id -> new ArrayList<>())
                                .add(rs.getString("tag"));
                    });
        }
        return tags;
    }

    private Map<UUID, @Nullable UUID> categoryParents(List<ChangedArticle> changes) {
        Set<UUID> workspaces = new LinkedHashSet<>();
        changes.stream().filter(change -> change.categoryId() != null).forEach(change -> workspaces.add(change.workspaceId()));
        Map<UUID, @Nullable UUID> parents = new HashMap<>();
        if (!workspaces.isEmpty()) {
            jdbc.sql("select id, parent_id from knowledge_categories where workspace_id in (:workspaces)")
                    .param("workspaces", workspaces)
                    .query(rs -> {
                        parents.put(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class));
                    });
        }
        return parents;
    }

    /** The category and its ancestors, so filtering by a category finds its sub-categories' articles too. */
    private static List<UUID> ancestry(@Nullable UUID category, Map<UUID, @Nullable UUID> parents) {
        List<UUID> chain = new ArrayList<>();
        for (UUID at = category; at != null && !chain.contains(at); at = parents.get(at)) {
            chain.add(at);
        }
        return chain;
    }

    private record ChangedArticle(UUID id, UUID workspaceId, String language, ArticleAudience audience,
                                  ArticleStatus status, @Nullable UUID categoryId, String title, String bodyHtml,
                                  long revision) {
    }
}
