package dev.frontline.knowledge.internal;

import dev.frontline.knowledge.ArticleActivity.Kind;
import dev.frontline.shared.WorkspaceId;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Daily counters of article activity ({@code knowledge_article_activity}): one row per article, day and kind. */
@Repository
public class ActivityCounters {

    private final JdbcClient jdbc;

    ActivityCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void increment(WorkspaceId workspace, UUID articleId, LocalDate day, Kind kind) {
        if (update(articleId, day, kind) > 0) {
            return;
        }
        try {
            jdbc.sql("""
                    insert into knowledge_article_activity (workspace_id, article_id, activity_day, kind, times)
                    values (?, ?, ?, ?, 1)""")
                    .params(workspace.value(), articleId, day, kind.name()).update();
        } catch (DuplicateKeyException concurrentFirst) {
            update(articleId, day, kind);
        }
    }

    /** Each article's counts from {@code from} to {@code to}, both inclusive; articles without any are left out. */
    public Map<UUID, Map<Kind, Long>> between(WorkspaceId workspace, LocalDate from, LocalDate to) {
        Map<UUID, Map<Kind, Long>> counts = new HashMap<>();
        jdbc.sql("""
                select article_id, kind, sum(times) as times from knowledge_article_activity
                where workspace_id = ? and activity_day between ? and ?
                group by article_id, kind""")
                .params(workspace.value(), from, to)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getObject("article_id", UUID.class), id -> new EnumMap<>(Kind.class))
                            .put(Kind.valueOf(rs.getString("kind")), rs.getLong("times"));
                });
        return counts;
    }

    private int update(UUID articleId, LocalDate day, Kind kind) {
        return jdbc.sql("update knowledge_article_activity set times = times + 1 where article_id = ? and activity_day = ? and kind = ?")
                .params(articleId, day, kind.name()).update();
    }
}
