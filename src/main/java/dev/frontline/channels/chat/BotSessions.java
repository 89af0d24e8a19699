package dev.frontline.channels.chat;

import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The answer bot's conversations ({@code chat_bot_sessions}): whether it still handles one and how it ended.
 * Every move out of {@code HANDLING} is one conditional update, so a visitor's click, an agent's reply and the
 * timeout sweep on any node cannot both win.
 */
@Component
class BotSessions {

    enum State { HANDLING, RESOLVED, HANDED_OFF, NO_ANSWER, TIMED_OUT }

    record Session(UUID conversationId, WorkspaceId workspace, UUID inboxId, State state, String language,
                   List<UUID> articles) {
    }

    /** Deflection of one inbox over a period, by how the bot's conversations ended (or that it still handles them). */
    record Deflection(long resolvedByBot, long handedOff, long noAnswer, long timedOut, long handling) {
    }

    private final JdbcClient jdbc;

    BotSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Session> find(WorkspaceId workspace, UUID conversationId) {
        return jdbc.sql("select * from chat_bot_sessions where workspace_id = ? and conversation_id = ?")
                .params(workspace.value(), conversationId)
                .query((rs, n) -> new Session(rs.getObject("conversation_id", UUID.class), workspace,
                        rs.getObject("inbox_id", UUID.class), State.valueOf(rs.getString("state")), rs.getString("language"),
                        ids(rs.getString("articles"))))
                .optional();
    }

    /** Starts (or, for the visitor's next question, continues) handling with the articles just offered. */
    void handling(WorkspaceId workspace, UUID conversationId, UUID inboxId, String language, List<UUID> articles,
                  Instant now, Instant due) {
        String offered = articles.stream().map(UUID::toString).collect(Collectors.joining(","));
        int updated = jdbc.sql("""
                update chat_bot_sessions set language = ?, articles = ?, due_at = ?
                where conversation_id = ? and workspace_id = ? and state = 'HANDLING'""")
                .params(language, offered, Timestamps.sql(due), conversationId, workspace.value())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into chat_bot_sessions (conversation_id, workspace_id, inbox_id, state, language, articles, started_at, due_at)
                    values (?, ?, ?, 'HANDLING', ?, ?, ?, ?)""")
                    .params(conversationId, workspace.value(), inboxId, language, offered, Timestamps.sql(now), Timestamps.sql(due))
                    .update();
        }
    }

    /** A first question the bot found nothing for: handed to people at once. */
    void noAnswer(WorkspaceId workspace, UUID conversationId, UUID inboxId, String language, Instant now) {
        jdbc.sql("""
                insert into chat_bot_sessions (conversation_id, workspace_id, inbox_id, state, language, started_at, ended_at)
                values (?, ?, ?, 'NO_ANSWER', ?, ?, ?)""")
                .params(conversationId, workspace.value(), inboxId, language, Timestamps.sql(now), Timestamps.sql(now))
                .update();
    }

    /** Ends handling as {@code outcome}; false if the bot no longer handled the conversation (someone else ended it). */
    boolean end(WorkspaceId workspace, UUID conversationId, State outcome, Instant now) {
        return jdbc.sql("""
                update chat_bot_sessions set state = ?, due_at = null, ended_at = ?
                where conversation_id = ? and workspace_id = ? and state = 'HANDLING'""")
                .params(outcome.name(), Timestamps.sql(now), conversationId, workspace.value())
                .update() == 1;
    }

    /** Conversations whose visitor has not answered the bot in time, oldest first. */
    List<Session> overdue(Instant now, int limit) {
        return jdbc.sql("""
                select * from chat_bot_sessions where state = 'HANDLING' and due_at <= ?
                order by due_at fetch first ? rows only""")
                .params(Timestamps.sql(now), limit)
                .query((rs, n) -> new Session(rs.getObject("conversation_id", UUID.class),
                        new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getObject("inbox_id", UUID.class),
                        State.HANDLING, rs.getString("language"), ids(rs.getString("articles"))))
                .list();
    }

    /** The inbox's bot conversations started in {@code [from, to)}, by outcome. */
    Deflection deflection(WorkspaceId workspace, UUID inboxId, Instant from, Instant to) {
        Map<String, Long> byState = jdbc.sql("""
                select state, count(*) as n from chat_bot_sessions
                where workspace_id = ? and inbox_id = ? and started_at >= ? and started_at < ? group by state""")
                .params(workspace.value(), inboxId, Timestamps.sql(from), Timestamps.sql(to))
                .query((rs, n) -> Map.entry(rs.getString("state"), rs.getLong("n")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new Deflection(byState.getOrDefault("RESOLVED", 0L), byState.getOrDefault("HANDED_OFF", 0L),
                byState.getOrDefault("NO_ANSWER", 0L), byState.getOrDefault("TIMED_OUT", 0L),
                byState.getOrDefault("HANDLING", 0L));
    }

    private static List<UUID> ids(@Nullable String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).map(UUID::fromString).toList();
    }
}
