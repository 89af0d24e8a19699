package dev.frontline.knowledge;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Ids;
import dev.frontline.shared.Timestamps;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether an article helped an agent (from the workspace's side panel), for article analytics. One answer per
 * agent, article and conversation: answering again replaces the earlier answer.
 */
@Service
public class ArticleFeedback {

    public record Summary(long helped, long notHelped) {
    }

    private final KnowledgeArticles articles;
    private final JdbcClient jdbc;
    private final Clock clock;

    ArticleFeedback(KnowledgeArticles articles, JdbcClient jdbc, Clock clock) {
        this.articles = articles;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Summary record(Caller caller, UUID articleId, @Nullable UUID conversationId, boolean helped) {
        articles.get(caller, articleId);
        jdbc.sql("""
                delete from knowledge_feedback where workspace_id = ? and article_id = ? and user_id = ?
                  and coalesce(conversation_id, article_id) = coalesce(?, article_id)""")
                .params(caller.workspaceId().value(), articleId, caller.userId().value(), conversationId)
                .update();
        jdbc.sql("""
                insert into knowledge_feedback (id, workspace_id, article_id, user_id, conversation_id, helped, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(Ids.newId(), caller.workspaceId().value(), articleId, caller.userId().value(), conversationId,
                        helped, Timestamps.sql(clock.instant()))
                .update();
        return summary(caller, articleId);
    }

    @Transactional(readOnly = true)
    public Summary summary(Caller caller, UUID articleId) {
        articles.get(caller, articleId);
        return jdbc.sql("""
                select coalesce(sum(case when helped then 1 else 0 end), 0) as helped,
                       coalesce(sum(case when helped then 0 else 1 end), 0) as not_helped
                from knowledge_feedback where workspace_id = ? and article_id = ?""")
                .params(caller.workspaceId().value(), articleId)
                .query((rs, n) -> new Summary(rs.getLong("helped"), rs.getLong("not_helped")))
                .single();
    }
}
