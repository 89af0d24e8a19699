package dev.frontline.knowledge;

import dev.frontline.knowledge.ArticleActivity.Kind;
import dev.frontline.knowledge.internal.ActivityCounters;
import dev.frontline.shared.Caller;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.Role;
import dev.frontline.shared.Timestamps;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per article analytics for authors over a range of days (UTC): views by agents and in the help center, "this
 * helped" from agents and help center visitors, and how often the side panel suggested the article and agents
 * used it in a reply.
 */
@Service
public class ArticleAnalytics {

    /** The longest range asked at once. */
    static final int MAX_DAYS = 366;

    /**
     * One article's numbers; {@code helped} and {@code notHelped} add agents' and visitors' answers, which are also
     * given apart. {@code usageRate} is used / shown, null when the article was never shown.
     */
    public record ArticleStats(UUID articleId, String title, String language, ArticleStatus status,
                               long views, long agentViews, long helpCenterViews,
                               long helped, long notHelped, long agentsHelped, long agentsNotHelped,
                               long visitorsHelped, long visitorsNotHelped,
                               long shown, long used, @Nullable Double usageRate) {
    }

    public record Report(LocalDate from, LocalDate to, List<ArticleStats> articles) {
    }

    private record Answers(long helped, long notHelped) {
    }

    private final KnowledgeArticles articles;
    private final ActivityCounters counters;
    private final List<ReaderVotes> readerVotes;
    private final JdbcClient jdbc;
    private final Clock clock;

    ArticleAnalytics(KnowledgeArticles articles, ActivityCounters counters, List<ReaderVotes> readerVotes,
                     JdbcClient jdbc, Clock clock) {
        this.articles = articles;
        this.counters = counters;
        this.readerVotes = readerVotes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every article of the workspace that is not archived or had activity in the range, most viewed first. */
    @Transactional(readOnly = true)
    public Report report(Caller caller, @Nullable LocalDate from, @Nullable LocalDate to) {
        caller.require(Role.SUPERVISOR);
        LocalDate last = to != null ? to : LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate first = from != null ? from : last.minusDays(29);
        if (first.isAfter(last)) {
            throw new InvalidRequestException("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new InvalidRequestException("from", "the range is at most " + MAX_DAYS + " days");
        }
        return new Report(first, last, stats(caller, first, last, null));
    }

    /** One article's numbers over the range. */
    @Transactional(readOnly = true)
    public ArticleStats article(Caller caller, UUID articleId, @Nullable LocalDate from, @Nullable LocalDate to) {
        Report report = report(caller, from, to);
        articles.get(caller, articleId);
        return stats(caller, report.from(), report.to(), articleId).getFirst();
    }

    private List<ArticleStats> stats(Caller caller, LocalDate first, LocalDate last, @Nullable UUID only) {
        Map<UUID, Map<Kind, Long>> activity = counters.between(caller.workspaceId(), first, last);
        Instant start = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<UUID, Answers> agents = agentAnswers(caller, start, end);
        Map<UUID, ReaderVotes.Votes> visitors = new HashMap<>();
        readerVotes.forEach(votes -> votes.between(caller.workspaceId(), start, end)
                .forEach((id, v) -> visitors.merge(id, v, (a, b) ->
                        new ReaderVotes.Votes(a.helpful() + b.helpful(), a.notHelpful() + b.notHelpful()))));
        var query = only == null
                ? jdbc.sql("select id, title, language, status from knowledge_articles where workspace_id = ?")
                        .params(caller.workspaceId().value())
                : jdbc.sql("select id, title, language, status from knowledge_articles where workspace_id = ? and id = ?")
                        .params(caller.workspaceId().value(), only);
        return query
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    Map<Kind, Long> counts = activity.getOrDefault(id, Map.of());
                    Answers agent = agents.getOrDefault(id, new Answers(0, 0));
                    ReaderVotes.Votes visitor = visitors.getOrDefault(id, new ReaderVotes.Votes(0, 0));
                    long agentViews = counts.getOrDefault(Kind.AGENT_VIEW, 0L);
                    long helpCenterViews = counts.getOrDefault(Kind.HELP_CENTER_VIEW, 0L);
                    long shown = counts.getOrDefault(Kind.SUGGESTION_SHOWN, 0L);
                    long used = counts.getOrDefault(Kind.SUGGESTION_USED, 0L);
                    return new ArticleStats(id, rs.getString("title"), rs.getString("language"),
                            ArticleStatus.valueOf(rs.getString("status")), agentViews + helpCenterViews, agentViews,
                            helpCenterViews, agent.helped() + visitor.helpful(), agent.notHelped() + visitor.notHelpful(),
                            agent.helped(), agent.notHelped(), visitor.helpful(), visitor.notHelpful(), shown, used,
                            shown == 0 ? null : (double) used / shown);
                })
                .list().stream()
                .filter(stats -> only != null || stats.status() != ArticleStatus.ARCHIVED || hadActivity(stats))
                .sorted(Comparator.comparingLong(ArticleStats::views).reversed().thenComparing(ArticleStats::title))
                .toList();
    }

    private static boolean hadActivity(ArticleStats stats) {
        return stats.views() + stats.helped() + stats.notHelped() + stats.shown() + stats.used() > 0;
    }

    private Map<UUID, Answers> agentAnswers(Caller caller, Instant start, Instant end) {
        Map<UUID, Answers> answers = new HashMap<>();
        jdbc.sql("""
                select article_id, sum(case when helped then 1 else 0 end) as helped,
                       sum(case when helped then 0 else 1 end) as not_helped
                from knowledge_feedback where workspace_id = ? and created_at >= ? and created_at < ?
                group by article_id""")
                .params(caller.workspaceId().value(), Timestamps.sql(start), Timestamps.sql(end))
                .query(rs -> {
                    answers.put(rs.getObject("article_id", UUID.class), new Answers(rs.getLong("helped"), rs.getLong("not_helped")));
                });
        return answers;
    }
}
