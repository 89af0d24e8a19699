package dev.frontline.channels.chat;

import dev.frontline.knowledge.ReaderVotes;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Visitors who told the chat's answer bot "That answered my question": a helpful vote for each article it had offered
 * ({@code chat_bot_article_votes}), read by article analytics through knowledge's {@link ReaderVotes}.
 */
@Component
class BotVotes implements ReaderVotes {

    private final JdbcClient jdbc;

    BotVotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void helped(WorkspaceId workspace, UUID conversationId, List<UUID> articles, Instant at) {
        articles.stream().distinct().sorted().forEach(article -> jdbc.sql("""
                        insert into chat_bot_article_votes (workspace_id, conversation_id, article_id, voted_at)
                        values (?, ?, ?, ?)""")
                .params(workspace.value(), conversationId, article, Timestamps.sql(at))
                .update());
    }

    @Override
    public Map<UUID, Votes> between(WorkspaceId workspace, Instant from, Instant to) {
        return jdbc.sql("""
                select article_id, count(*) as n from chat_bot_article_votes
                where workspace_id = ? and voted_at >= ? and voted_at < ? group by article_id""")
                .params(workspace.value(), Timestamps.sql(from), Timestamps.sql(to))
                .query((rs, n) -> Map.entry(rs.getObject("article_id", UUID.class), new Votes(rs.getLong("n"), 0)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
