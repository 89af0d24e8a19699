package dev.frontline.knowledge;

import dev.frontline.knowledge.ArticleSuggestion.Kind;
import dev.frontline.knowledge.ArticleSuggestion.Status;
import dev.frontline.knowledge.internal.ArticleHtml;
import dev.frontline.knowledge.internal.ArticleStore;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.Ids;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.StorableText;
import dev.frontline.shared.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agents suggest edits to the articles they read or flag them as outdated; authors (supervisors, admins, and
 * subject-matter experts for the articles of their categories) work through the open ones oldest first and accept
 * or dismiss each. Accepting applies the suggestion as the article's next version, as a draft (for a flag, the
 * current content becomes a draft to rework): a published article stays live beside it until an author publishes
 * the draft, so nothing an agent wrote reaches readers before an author publishes it. "Accept and publish" does
 * both at once.
 */
@Service
public class ArticleSuggestions {

    /** What the accept returns: the suggestion, now accepted, and the article version it became. */
    public record Accepted(ArticleSuggestion suggestion, Article article) {
    }

    private static final int MAX_COMMENT = 2000;
    private static final int MAX_TITLE = 300;
    private static final int QUEUE_LIMIT = 200;
    private static final String SELECT = """
            select s.*, a.title as article_title from knowledge_suggestions s
            join knowledge_articles a on a.id = s.article_id
            """;

    private final KnowledgeArticles articles;
    private final KnowledgeAuthors authors;
    private final JdbcClient jdbc;
    private final Clock clock;

    ArticleSuggestions(KnowledgeArticles articles, KnowledgeAuthors authors, JdbcClient jdbc, Clock clock) {
        this.articles = articles;
        this.authors = authors;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Anyone who can read the article may suggest; an edit must change the title or the body. */
    @Transactional
    public ArticleSuggestion suggest(Caller caller, UUID articleId, Kind kind, String comment,
                                     @Nullable String title, @Nullable String body) {
        Article article = articles.get(caller, articleId);
        String reason = StorableText.required(comment).strip();
        if (reason.isEmpty() || reason.length() > MAX_COMMENT) {
            throw new InvalidRequestException("comment", "must be 1 to " + MAX_COMMENT + " characters");
        }
        @Nullable String newTitle = kind == Kind.EDIT ? changed(title == null ? null : StorableText.required(title).strip(),
                article.title()) : null;
        @Nullable String newBody = kind == Kind.EDIT ? changed(body == null ? null
                : ArticleHtml.sanitize(StorableText.required(body)), article.body()) : null;
        if (newTitle != null && newTitle.length() > MAX_TITLE) {
            throw new InvalidRequestException("title", "at most " + MAX_TITLE + " characters");
        }
        if (kind == Kind.EDIT && newTitle == null && newBody == null) {
            throw new InvalidRequestException("body", "an edit must change the title or the body");
        }
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into knowledge_suggestions (id, workspace_id, article_id, kind, comment, proposed_title,
                    proposed_body_html, base_version, status, suggested_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, caller.workspaceId().value(), articleId, kind.name(), reason, newTitle, newBody,
                        article.version(), Status.OPEN.name(), caller.userId().value(), Timestamps.sql(clock.instant()))
                .update();
        return find(caller, id);
    }

    /** The review queue: suggestions in one status (open by default), oldest first; for authors, of what they author. */
    @Transactional(readOnly = true)
    public List<ArticleSuggestion> list(Caller caller, @Nullable Status status, @Nullable UUID articleId) {
        AuthorScope scope = authors.requireAnyAuthoring(caller);
        return jdbc.sql(SELECT + """
                where s.workspace_id = :workspace and s.status = :status
                  and (cast(:article as uuid) is null or s.article_id = :article)
                  and (:everything or a.category_id in (:categories))
                order by s.created_at, s.id fetch first :limit rows only""")
                .param("workspace", caller.workspaceId().value())
                .param("status", (status == null ? Status.OPEN : status).name())
                .param("article", articleId)
                .param("everything", scope.everything())
                .param("categories", ArticleStore.inList(scope.categories()))
                .param("limit", QUEUE_LIMIT)
                .query((rs, n) -> suggestion(rs))
                .list();
    }

    /**
     * Accepts an open suggestion: as a draft beside the live article, or published at once with {@code publish}.
     * The accepted suggestion names the version it became.
     */
    @Transactional
    public Accepted accept(Caller caller, UUID id, boolean publish) {
        ArticleSuggestion open = open(caller, id);
        Article article = articles.applySuggestion(caller, open.articleId(), open.proposedTitle(), open.proposedBody(),
                publish);
        resolve(caller, open, Status.ACCEPTED, publish || article.draftVersion() == null ? article.version()
                : article.draftVersion());
        return new Accepted(find(caller, id), article);
    }

    @Transactional
    public ArticleSuggestion dismiss(Caller caller, UUID id) {
        resolve(caller, open(caller, id), Status.DISMISSED, null);
        return find(caller, id);
    }

    /** An open suggestion on an article the caller may author (403 before anything else for non-authors). */
    private ArticleSuggestion open(Caller caller, UUID id) {
        authors.requireAnyAuthoring(caller);
        ArticleSuggestion suggestion = find(caller, id);
        authors.requireAuthor(caller, articles.categoryOf(caller, suggestion.articleId()));
        if (suggestion.status() != Status.OPEN) {
            throw new ConflictException("This suggestion was already " + suggestion.status().name().toLowerCase() + ".");
        }
        return suggestion;
    }

    private void resolve(Caller caller, ArticleSuggestion suggestion, Status status, @Nullable Integer appliedVersion) {
        int updated = jdbc.sql("""
                update knowledge_suggestions set status = ?, resolved_by = ?, resolved_at = ?, applied_version = ?
                where workspace_id = ? and id = ? and status = ?""")
                .params(status.name(), caller.userId().value(), Timestamps.sql(clock.instant()), appliedVersion,
                        caller.workspaceId().value(), suggestion.id(), Status.OPEN.name())
                .update();
        if (updated == 0) {
            throw new ConflictException("This suggestion was resolved by someone else meanwhile.");
        }
    }

    private ArticleSuggestion find(Caller caller, UUID id) {
        return jdbc.sql(SELECT + "where s.workspace_id = ? and s.id = ?")
                .params(caller.workspaceId().value(), id)
                .query((rs, n) -> suggestion(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("Article suggestion", id));
    }

    private static @Nullable String changed(@Nullable String proposed, String current) {
        return proposed == null || proposed.isEmpty() || proposed.equals(current) ? null : proposed;
    }

    private static ArticleSuggestion suggestion(ResultSet rs) throws SQLException {
        return new ArticleSuggestion(rs.getObject("id", UUID.class), rs.getObject("article_id", UUID.class),
                rs.getString("article_title"), Kind.valueOf(rs.getString("kind")), rs.getString("comment"),
                rs.getString("proposed_title"), rs.getString("proposed_body_html"), rs.getInt("base_version"),
                Status.valueOf(rs.getString("status")), rs.getObject("suggested_by", UUID.class),
                Timestamps.read(rs, "created_at"), rs.getObject("resolved_by", UUID.class), Timestamps.read(rs, "resolved_at"),
                rs.getObject("applied_version", Integer.class));
    }
}
