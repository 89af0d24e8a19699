package dev.frontline.knowledge;

import dev.frontline.knowledge.internal.ActivityCounters;
import dev.frontline.shared.Caller;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what happens to articles for article analytics ({@link ArticleAnalytics}): agents viewing them, the side
 * panel suggesting them, agents using them in a reply, and (through {@link #viewedInHelpCenter}) help center
 * visitors reading them. Each is a daily counter, so recording costs one update.
 */
@Service
public class ArticleActivity {

    /** What the side panel may report as shown at once: it shows five suggestions. */
    public static final int MAX_SHOWN = 20;

    /** What is counted; the names are stored. */
    public enum Kind { AGENT_VIEW, HELP_CENTER_VIEW, SUGGESTION_SHOWN, SUGGESTION_USED }

    private final KnowledgeArticles articles;
    private final ActivityCounters counters;
    private final JdbcClient jdbc;
    private final Clock clock;

    ArticleActivity(KnowledgeArticles articles, ActivityCounters counters, JdbcClient jdbc, Clock clock) {
        this.articles = articles;
        this.counters = counters;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An agent opened the article (its page or the side panel's preview). */
    @Transactional
    public void viewed(Caller caller, UUID articleId) {
        articles.get(caller, articleId);
        counters.increment(caller.workspaceId(), articleId, today(), Kind.AGENT_VIEW);
    }

    /** An agent put the article (a link or its summary) into a reply. */
    @Transactional
    public void used(Caller caller, UUID articleId) {
        articles.get(caller, articleId);
        counters.increment(caller.workspaceId(), articleId, today(), Kind.SUGGESTION_USED);
    }

    /** The side panel showed these articles as suggestions; ids of other workspaces' articles are ignored. */
    @Transactional
    public void shown(Caller caller, Collection<UUID> articleIds) {
        if (articleIds.size() > MAX_SHOWN) {
            throw new InvalidRequestException("articleIds", "at most " + MAX_SHOWN + " articles");
        }
        if (articleIds.isEmpty()) {
            return;
        }
        List<UUID> known = jdbc.sql("select id from knowledge_articles where workspace_id = :workspace and id in (:ids)")
                .param("workspace", caller.workspaceId().value()).param("ids", List.copyOf(articleIds))
                .query(UUID.class).list();
        LocalDate today = today();
        known.stream().sorted().forEach(id -> counters.increment(caller.workspaceId(), id, today, Kind.SUGGESTION_SHOWN));
    }

    /**
     * A help center visitor read the article; for the help center, which has already checked that the article is
     * one of the workspace's public articles.
     */
    @Transactional
    public void viewedInHelpCenter(WorkspaceId workspace, UUID articleId) {
        counters.increment(workspace, articleId, today(), Kind.HELP_CENTER_VIEW);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
