package dev.frontline.helpcenter.internal;

import dev.frontline.knowledge.ReaderVotes;
import dev.frontline.shared.Ids;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Was this helpful?" from help center visitors ({@code help_center_feedback}, which article analytics read). One
 * answer per visitor and article, the latest kept; a visitor who answers more than {@link #PER_HOUR} times an
 * hour is not heard until the hour has passed. The database holds the count, so every node applies the same limit.
 */
@Service
public class VisitorFeedback implements ReaderVotes {

    static final int PER_HOUR = 30;

    private final JdbcClient jdbc;
    private final Clock clock;

    VisitorFeedback(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** False when the visitor answered too often in the past hour (nothing is stored then). */
    @Transactional
    public boolean record(WorkspaceId workspace, UUID articleId, String language, boolean helpful, String visitorKey) {
        Instant now = clock.instant();
        long recent = jdbc.sql("select count(*) from help_center_feedback where visitor_key = ? and created_at > ?")
                .params(visitorKey, Timestamps.sql(now.minus(Duration.ofHours(1)))).query(Long.class).single();
        if (recent >= PER_HOUR) {
            return false;
        }
        if (change(articleId, helpful, visitorKey, now) == 0) {
            try {
                jdbc.sql("""
                        insert into help_center_feedback (id, workspace_id, article_id, language, helpful, visitor_key, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                        .params(Ids.newId(), workspace.value(), articleId, language, helpful, visitorKey, Timestamps.sql(now))
                        .update();
            } catch (DuplicateKeyException raced) {
                // The same visitor's other request stored its answer first; this later one replaces it.
                change(articleId, helpful, visitorKey, now);
            }
        }
        return true;
    }

    /** Visitors' latest answers, for knowledge's article analytics. */
    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Votes> between(WorkspaceId workspace, Instant from, Instant to) {
        Map<UUID, Votes> votes = new HashMap<>();
        jdbc.sql("""
                select article_id, sum(case when helpful then 1 else 0 end) as helpful,
                       sum(case when helpful then 0 else 1 end) as not_helpful
                from help_center_feedback where workspace_id = ? and created_at >= ? and created_at < ?
                group by article_id""")
                .params(workspace.value(), Timestamps.sql(from), Timestamps.sql(to))
                .query(rs -> {
                    votes.put(rs.getObject("article_id", UUID.class), new Votes(rs.getLong("helpful"), rs.getLong("not_helpful")));
                });
        return votes;
    }

    private int change(UUID articleId, boolean helpful, String visitorKey, Instant now) {
        return jdbc.sql("update help_center_feedback set helpful = ?, created_at = ? where article_id = ? and visitor_key = ?")
                .params(helpful, Timestamps.sql(now), articleId, visitorKey).update();
    }
}
