package dev.frontline.knowledge.internal;

import dev.frontline.knowledge.UnansweredSearch;
import dev.frontline.shared.WorkspaceId;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counters of typed searches that found nothing, per workspace, query and day: one small row per distinct query
 * a day, however often it is searched, so recording costs one update.
 */
@Repository
public class SearchMisses {

    static final int MAX_QUERY = 200;

    private final JdbcClient jdbc;

    SearchMisses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(WorkspaceId workspace, String query, LocalDate day) {
        String normalized = normalize(query);
        if (normalized.isEmpty() || increment(workspace, normalized, day) > 0) {
            return;
        }
        try {
            jdbc.sql("insert into knowledge_search_misses (workspace_id, query_text, search_day, searches) values (?, ?, ?, 1)")
                    .params(workspace.value(), normalized, day).update();
        } catch (DuplicateKeyException concurrentFirstMiss) {
            increment(workspace, normalized, day);
        }
    }

    /** The most frequent since {@code since} (inclusive), most searched first. */
    public List<UnansweredSearch> top(WorkspaceId workspace, LocalDate since, int limit) {
        return jdbc.sql("""
                select query_text, sum(searches) as searches from knowledge_search_misses
                where workspace_id = ? and search_day >= ?
                group by query_text order by searches desc, query_text fetch first ? rows only""")
                .params(workspace.value(), since, limit)
                .query((rs, n) -> new UnansweredSearch(rs.getString("query_text"), rs.getLong("searches")))
                .list();
    }

    private int increment(WorkspaceId workspace, String normalized, LocalDate day) {
        return jdbc.sql("""
                update knowledge_search_misses set searches = searches + 1
                where workspace_id = ? and query_text = ? and search_day = ?""")
                .params(workspace.value(), normalized, day).update();
    }

    static String normalize(String query) {
        String normalized = query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return normalized.length() <= MAX_QUERY ? normalized : normalized.substring(0, MAX_QUERY);
    }
}
