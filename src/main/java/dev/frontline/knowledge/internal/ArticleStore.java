package dev.frontline.knowledge.internal;

import dev.frontline.knowledge.Article;
import dev.frontline.knowledge.ArticleAudience;
import dev.frontline.knowledge.ArticleContent;
import dev.frontline.knowledge.ArticleStatus;
import dev.frontline.knowledge.ArticleVersion;
import dev.frontline.knowledge.AuthorScope;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The articles' rows: the current state, its tags, every saved version, and the index clock. */
@Repository
public class ArticleStore {

    /** What an article's row holds besides its content. */
    public record Header(UUID id, WorkspaceId workspaceId, UUID translationGroupId, String language,
                         ArticleStatus status, UUID ownerId, int version, Instant createdAt,
                         @Nullable UUID sourceArticleId) {
    }

    private static final String TAG_SEPARATOR = "\n";

    private final JdbcClient jdbc;

    ArticleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Header header, ArticleContent content, UUID authorId, Instant at) {
        jdbc.sql("""
                insert into knowledge_articles (id, workspace_id, translation_group_id, language, title, body_html,
                    audience, status, category_id, owner_id, source_article_id, version, content_updated_at,
                    index_revision, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(header.id(), header.workspaceId().value(), header.translationGroupId(), header.language(),
                        content.title(), content.body(), content.audience().name(), header.status().name(),
                        content.categoryId(), header.ownerId(), header.sourceArticleId(), header.version(),
                        Timestamps.sql(at), nextRevision(), Timestamps.sql(header.createdAt()), Timestamps.sql(at))
                .update();
        saveTagsAndVersion(header, content, authorId, at);
    }

    /**
     * Stores the article's new state as its next version ({@code header.version()}); {@code contentChanged}
     * false for a status change, which leaves its translations' staleness as it was; {@code draftTaken} when this
     * save takes the waiting draft's place (see {@link #saveDraft}).
     */
    public void update(Header header, ArticleContent content, boolean contentChanged, boolean draftTaken,
                       UUID authorId, Instant at) {
        jdbc.sql("""
                update knowledge_articles set title = ?, body_html = ?, audience = ?, status = ?, category_id = ?,
                    version = ?, index_revision = ?, updated_at = ?,
                    content_updated_at = case when ? then ? else content_updated_at end,
                    draft_version = case when ? then null else draft_version end
                where workspace_id = ? and id = ?""")
                .params(content.title(), content.body(), content.audience().name(), header.status().name(),
                        content.categoryId(), header.version(), nextRevision(), Timestamps.sql(at), contentChanged,
                        Timestamps.sql(at), draftTaken, header.workspaceId().value(), header.id())
                .update();
        jdbc.sql("delete from knowledge_article_tags where article_id = ?").param(header.id()).update();
        saveTagsAndVersion(header, content, authorId, at);
    }

    /**
     * Stores a published article's next version as a draft waiting beside it: the article's row (what readers and
     * search see) stays as it is, the draft is only a row of the version history that the row points at.
     */
    public void saveDraft(Header header, int version, ArticleContent content, UUID authorId, Instant at) {
        insertVersion(header.id(), version, content, ArticleStatus.DRAFT, authorId, at);
        jdbc.sql("update knowledge_articles set draft_version = ?, updated_at = ? where workspace_id = ? and id = ?")
                .params(version, Timestamps.sql(at), header.workspaceId().value(), header.id())
                .update();
    }

    public void discardDraft(WorkspaceId workspace, UUID id, Instant at) {
        jdbc.sql("update knowledge_articles set draft_version = null, updated_at = ? where workspace_id = ? and id = ?")
                .params(Timestamps.sql(at), workspace.value(), id).update();
    }

    /** The number the article's next version gets: after the newest one, a waiting draft included. */
    public int nextVersion(UUID articleId) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from knowledge_article_versions where article_id = ?")
                .param(articleId).query(Integer.class).single();
    }

    private void saveTagsAndVersion(Header header, ArticleContent content, UUID authorId, Instant at) {
        content.tags().forEach(tag -> jdbc.sql("insert into knowledge_article_tags (article_id, tag) values (?, ?)")
                .params(header.id(), tag).update());
        insertVersion(header.id(), header.version(), content, header.status(), authorId, at);
    }

    private void insertVersion(UUID articleId, int version, ArticleContent content, ArticleStatus status, UUID authorId,
                               Instant at) {
        jdbc.sql("""
                insert into knowledge_article_versions (article_id, version, title, body_html, audience, status,
                    category_id, tags, author_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(articleId, version, content.title(), content.body(), content.audience().name(),
                        status.name(), content.categoryId(), String.join(TAG_SEPARATOR, content.tags()),
                        authorId, Timestamps.sql(at))
                .update();
    }

    /**
     * Puts the articles filed under these categories back into every node's index replay, each with its own
     * revision (the followers page by revision), because their category ancestry changed.
     */
    public int reindexCategories(WorkspaceId workspace, Collection<UUID> categories) {
        if (categories.isEmpty()) {
            return 0;
        }
        List<UUID> filed = jdbc.sql("select id from knowledge_articles where workspace_id = :workspace and category_id in (:categories)")
                .param("workspace", workspace.value())
                .param("categories", categories)
                .query(UUID.class)
                .list();
        filed.forEach(id -> jdbc.sql("update knowledge_articles set index_revision = ? where id = ?")
                .params(nextRevision(), id).update());
        return filed.size();
    }

    /**
     * The next change's place in the order every node's index replays. The update holds the clock row's lock
     * until commit, so a later revision never becomes visible before an earlier one.
     */
    private long nextRevision() {
        jdbc.sql("update knowledge_index_clock set revision = revision + 1 where id = 1").update();
        return jdbc.sql("select revision from knowledge_index_clock where id = 1").query(Long.class).single();
    }

    public Optional<Article> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select * from knowledge_articles where workspace_id = ? and id = ?")
                .params(workspace.value(), id)
                .query((rs, n) -> article(rs))
                .optional();
    }

    public Optional<Header> header(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select * from knowledge_articles where workspace_id = ? and id = ?")
                .params(workspace.value(), id)
                .query((rs, n) -> header(rs))
                .optional();
    }

    /**
     * The workspace's articles, newest change first, optionally only those in one status and language. Articles
     * that are not published are listed only when {@code unpublished} covers them (their category).
     */
    public List<Article> list(WorkspaceId workspace, @Nullable ArticleStatus status, @Nullable String language,
                              AuthorScope unpublished, int limit) {
        return jdbc.sql("""
                select * from knowledge_articles where workspace_id = :workspace
                  and (cast(:status as varchar(10)) is null or status = :status)
                  and (cast(:language as varchar(10)) is null or language = :language)
                  and (status = 'PUBLISHED' or :everything or category_id in (:categories))
                order by updated_at desc, id fetch first :limit rows only""")
                .param("workspace", workspace.value())
                .param("status", status == null ? null : status.name())
                .param("language", language)
                .param("everything", unpublished.everything())
                .param("categories", inList(unpublished.categories()))
                .param("limit", limit)
                .query((rs, n) -> article(rs))
                .list();
    }

    /** An IN list that is never empty (an empty one is invalid SQL): a random id matches nothing. */
    public static Collection<UUID> inList(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of(UUID.randomUUID()) : ids;
    }

    public boolean hasLanguage(UUID translationGroupId, String language) {
        return jdbc.sql("select count(*) from knowledge_articles where translation_group_id = ? and language = ?")
                .params(translationGroupId, language).query(Long.class).single() > 0;
    }

    public List<ArticleVersion> versions(UUID articleId) {
        return jdbc.sql("select * from knowledge_article_versions where article_id = ? order by version desc")
                .param(articleId).query(ArticleStore::version).list();
    }

    public Optional<ArticleVersion> version(UUID articleId, int version) {
        return jdbc.sql("select * from knowledge_article_versions where article_id = ? and version = ?")
                .params(articleId, version).query(ArticleStore::version).optional();
    }

    private Article article(ResultSet rs) throws SQLException {
        Header header = header(rs);
        List<Article.Translation> translations = jdbc.sql("""
                select id, language, status from knowledge_articles where translation_group_id = ? and id <> ?
                order by language""")
                .params(header.translationGroupId(), header.id())
                .query((row, n) -> new Article.Translation(row.getObject("id", UUID.class), row.getString("language"),
                        ArticleStatus.valueOf(row.getString("status"))))
                .list();
        return new Article(header.id(), header.translationGroupId(), header.language(), rs.getString("title"),
                rs.getString("body_html"), ArticleAudience.valueOf(rs.getString("audience")), header.status(),
                rs.getObject("category_id", UUID.class), tags(header.id()), header.ownerId(), header.version(),
                header.createdAt(), Timestamps.read(rs, "updated_at"), translations, header.sourceArticleId(),
                header.sourceArticleId() != null && sourceChangedSince(header.sourceArticleId(),
                        Timestamps.read(rs, "content_updated_at")), rs.getObject("draft_version", Integer.class));
    }

    private boolean sourceChangedSince(UUID sourceArticleId, Instant translated) {
        return jdbc.sql("select count(*) from knowledge_articles where id = ? and content_updated_at > ?")
                .params(sourceArticleId, Timestamps.sql(translated)).query(Long.class).single() > 0;
    }

    public List<String> tags(UUID articleId) {
        return jdbc.sql("select tag from knowledge_article_tags where article_id = ? order by tag")
                .param(articleId).query(String.class).list();
    }

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(rs.getObject("id", UUID.class), new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                rs.getObject("translation_group_id", UUID.class), rs.getString("language"),
                ArticleStatus.valueOf(rs.getString("status")), rs.getObject("owner_id", UUID.class),
                rs.getInt("version"), Timestamps.read(rs, "created_at"), rs.getObject("source_article_id", UUID.class));
    }

    private static ArticleVersion version(ResultSet rs, int n) throws SQLException {
        String tags = rs.getString("tags");
        return new ArticleVersion(rs.getInt("version"), rs.getString("title"), rs.getString("body_html"),
                ArticleAudience.valueOf(rs.getString("audience")), ArticleStatus.valueOf(rs.getString("status")),
                rs.getObject("category_id", UUID.class), tags.isEmpty() ? List.of() : Arrays.asList(tags.split(TAG_SEPARATOR)),
                rs.getObject("author_id", UUID.class), Timestamps.read(rs, "created_at"));
    }
}
