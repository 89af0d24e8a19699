package dev.frontline.sla.report;

import dev.frontline.identity.Directory;
import dev.frontline.identity.StaffMember;
import dev.frontline.identity.WorkspaceProfiles;
import dev.frontline.routing.QueueHistory;
import dev.frontline.shared.Caller;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.Role;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.sla.SlaMetric;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service-level reports for supervisors and admins of the caller's workspace: service level and speed of
 * answer from the queues' history ({@link QueueHistory}), response and resolution times and breaches from
 * the SLA clocks, the live at-risk list. Everything is read from the database on each call, so any node
 * answers the same.
 */
@Service
public class ServiceLevelReports {

    /** One row of a service-level report; percentages are null when nothing counts. */
    public record ServiceLevelRow(@Nullable String group, String label, Instant intervalStart, long offered, long answered,
                                  long answeredWithin, long abandoned, long abandonedWithin, long shortAbandons,
                                  @Nullable Double serviceLevelPercent, double averageSpeedOfAnswerSeconds,
                                  @Nullable Double abandonRatePercent) {
    }

    /** Times in seconds as the clocks count them (business time under a business-time policy). */
    public record ResponseTimeRow(@Nullable String group, String label, Instant intervalStart, SlaMetric metric, long count,
                                  long breached, double medianSeconds, double p90Seconds, double meanSeconds) {
    }

    public record ClockRow(UUID conversationId, @Nullable String subject, String channel, @Nullable UUID assigneeId,
                           @Nullable String assignee, SlaMetric metric, String policy, long targetSeconds,
                           @Nullable Instant dueAt, @Nullable Instant breachedAt) {
    }

    public record Today(Instant since, ServiceLevelRule rule, List<ServiceLevelRow> queues, List<ServiceLevelRow> channels) {
    }

    public static final int MAX_CLOCK_ROWS = 1_000;

    private final QueueHistory history;
    private final ClockReportStore clocks;
    private final RuleStore rules;
    private final Directory directory;
    private final WorkspaceProfiles profiles;
    private final Clock clock;

    ServiceLevelReports(QueueHistory history, ClockReportStore clocks, RuleStore rules, Directory directory,
                        WorkspaceProfiles profiles, Clock clock) {
        this.history = history;
        this.clocks = clocks;
        this.rules = rules;
        this.directory = directory;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ServiceLevelRule rule(Caller caller) {
        caller.require(Role.SUPERVISOR);
        return rules.rule(caller.workspaceId());
    }

    @Transactional
    public ServiceLevelRule changeRule(Caller caller, ServiceLevelRule rule) {
        caller.require(Role.ADMIN);
        rules.save(caller.workspaceId(), rule, clock.instant());
        return rule;
    }

    /** {@code rule} null: the workspace's own. */
    @Transactional(readOnly = true)
    public List<ServiceLevelRow> serviceLevel(Caller caller, ReportPeriod period, ReportInterval interval, Grouping grouping,
                                              @Nullable ServiceLevelRule rule) {
        caller.require(Role.SUPERVISOR);
        WorkspaceId workspace = caller.workspaceId();
        return serviceLevel(workspace, period, interval, List.of(grouping), rule != null ? rule : rules.rule(workspace))
                .get(grouping);
    }

    /** Since local midnight, per queue and per channel, by the workspace's rule: for live screens. */
    @Transactional(readOnly = true)
    public Today today(Caller caller) {
        caller.require(Role.SUPERVISOR);
        WorkspaceId workspace = caller.workspaceId();
        Instant now = clock.instant();
        ZoneId zone = zone(workspace);
        Instant since = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
        ServiceLevelRule rule = rules.rule(workspace);
        ReportPeriod period = new ReportPeriod(since, now.plusMillis(1));
        Map<Grouping, List<ServiceLevelRow>> rows = serviceLevel(workspace, period, null, List.of(Grouping.QUEUE, Grouping.CHANNEL), rule);
        List<ServiceLevelRow> queues = new ArrayList<>(rows.get(Grouping.QUEUE));
        // Every queue is listed, also one nobody entered yet today.
        history.queueNames(workspace).forEach((id, name) -> {
            if (queues.stream().noneMatch(row -> id.toString().equals(row.group()))) {
                queues.add(new ServiceLevelRow(id.toString(), name, since, 0, 0, 0, 0, 0, 0, null, 0, null));
            }
        });
        return new Today(since, rule, queues, rows.get(Grouping.CHANNEL));
    }

    /**
     * Queue visits are counted in the interval they entered the queue; {@code interval} null: one row per group.
     * Each grouping's rows come from the same single pass over the period's visits.
     */
    private Map<Grouping, List<ServiceLevelRow>> serviceLevel(WorkspaceId workspace, ReportPeriod period,
                                                              @Nullable ReportInterval interval, List<Grouping> groupings,
                                                              ServiceLevelRule rule) {
        ZoneId zone = zone(workspace);
        Map<Grouping, Map<Cell, ServiceLevelTally>> tallies = new EnumMap<>(Grouping.class);
        groupings.forEach(grouping -> tallies.put(grouping, new TreeMap<>()));
        history.visits(workspace, period.from(), period.to(), visit -> {
            if (visit.outcome() == QueueHistory.Outcome.SET_ASIDE) {
                return;
            }
            Instant start = interval == null ? period.from() : interval.startOf(visit.enqueuedAt(), zone);
            tallies.forEach((grouping, cells) -> {
                ServiceLevelTally tally = cells.computeIfAbsent(new Cell(start, group(grouping, visit)),
                        cell -> new ServiceLevelTally(rule));
                if (visit.outcome() == QueueHistory.Outcome.ANSWERED) {
                    tally.answered(visit.waited());
                } else {
                    tally.abandoned(visit.waited());
                }
            });
        });
        Map<Grouping, List<ServiceLevelRow>> rows = new EnumMap<>(Grouping.class);
        tallies.forEach((grouping, cells) -> {
            Function<@Nullable String, String> label = labels(workspace, grouping);
            rows.put(grouping, cells.entrySet().stream().map(entry -> {
                Cell cell = entry.getKey();
                ServiceLevelTally tally = entry.getValue();
                return new ServiceLevelRow(cell.group(), label.apply(cell.group()), cell.start(),
                        tally.answered() + tally.abandoned() + tally.shortAbandons(), tally.answered(), tally.answeredWithin(),
                        tally.abandoned(), tally.abandonedWithin(), tally.shortAbandons(), percent(tally.serviceLevel()),
                        tally.averageSpeedOfAnswer().toMillis() / 1000.0, percent(tally.abandonRate()));
            }).toList());
        });
        return rows;
    }

    private static @Nullable String group(Grouping grouping, QueueHistory.Visit visit) {
        return switch (grouping) {
            case NONE -> null;
            case CHANNEL -> visit.channel();
            case QUEUE -> visit.queueId().toString();
            case TEAM -> visit.teamId() == null ? null : visit.teamId().toString();
            case AGENT -> visit.agentId() == null ? null : visit.agentId().toString();
        };
    }

    /** First-response and resolution times of clocks that ended in the period, in the interval they ended. */
    @Transactional(readOnly = true)
    public List<ResponseTimeRow> responseTimes(Caller caller, ReportPeriod period, ReportInterval interval, Grouping grouping) {
        caller.require(Role.SUPERVISOR);
        if (grouping == Grouping.QUEUE) {
            throw new InvalidRequestException("groupBy",
                    "response times are grouped by channel, team, agent or none (clocks belong to conversations, not queue visits)");
        }
        WorkspaceId workspace = caller.workspaceId();
        ZoneId zone = zone(workspace);
        record Key(Cell cell, SlaMetric metric) {
        }
        Map<Key, Distribution> distributions = new HashMap<>();
        Map<Key, long[]> breaches = new HashMap<>();
        clocks.ended(workspace, period.from(), period.to(), ended -> {
            String group = switch (grouping) {
                case NONE, QUEUE -> null;
                case CHANNEL -> ended.channel();
                case TEAM -> ended.teamId() == null ? null : ended.teamId().toString();
                case AGENT -> ended.assigneeId() == null ? null : ended.assigneeId().toString();
            };
            Key key = new Key(new Cell(interval.startOf(ended.stoppedAt(), zone), group), ended.metric());
            distributions.computeIfAbsent(key, k -> new Distribution()).add(ended.elapsedMicros());
            if (ended.breached()) {
                breaches.computeIfAbsent(key, k -> new long[1])[0]++;
            }
        });
        Function<@Nullable String, String> label = labels(workspace, grouping);
        return distributions.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Key::cell).thenComparing(Key::metric)))
                .map(entry -> {
                    Distribution times = entry.getValue();
                    Key key = entry.getKey();
                    return new ResponseTimeRow(key.cell().group(), label.apply(key.cell().group()), key.cell().start(),
                            key.metric(), times.size(), breaches.getOrDefault(key, new long[1])[0],
                            seconds(times.percentile(50)), seconds(times.percentile(90)), seconds(times.mean()));
                }).toList();
    }

    @Transactional(readOnly = true)
    public List<ClockRow> breaches(Caller caller, ReportPeriod period, @Nullable SlaMetric metric, int limit) {
        caller.require(Role.SUPERVISOR);
        return rows(caller.workspaceId(), clocks.breaches(caller.workspaceId(), period.from(), period.to(), metric,
                Math.clamp(limit, 1, MAX_CLOCK_ROWS)));
    }

    /** Running clocks past their warning and not yet breached, soonest due first. */
    @Transactional(readOnly = true)
    public List<ClockRow> atRisk(Caller caller) {
        caller.require(Role.SUPERVISOR);
        return rows(caller.workspaceId(), clocks.atRisk(caller.workspaceId(), clock.instant(), MAX_CLOCK_ROWS));
    }

    private List<ClockRow> rows(WorkspaceId workspace, List<ClockReportStore.ClockLine> lines) {
        Map<UUID, String> agents = agentNames(workspace);
        return lines.stream().map(line -> new ClockRow(line.conversationId(), line.subject(), line.channel(), line.assigneeId(),
                line.assigneeId() == null ? null : agents.get(line.assigneeId()), line.metric(), line.policy(),
                line.targetMicros() / 1_000_000, line.dueAt(), line.breachedAt())).toList();
    }

    private Function<@Nullable String, String> labels(WorkspaceId workspace, Grouping grouping) {
        Map<UUID, String> names = switch (grouping) {
            case QUEUE -> history.queueNames(workspace);
            case TEAM -> clocks.teamNames(workspace);
            case AGENT -> agentNames(workspace);
            case NONE, CHANNEL -> Map.of();
        };
        return group -> {
            if (group == null) {
                return grouping == Grouping.NONE ? "all" : "none";
            }
            return grouping == Grouping.CHANNEL ? group : Objects.requireNonNullElse(names.get(UUID.fromString(group)), group);
        };
    }

    private Map<UUID, String> agentNames(WorkspaceId workspace) {
        Map<UUID, String> names = new HashMap<>();
        for (StaffMember member : directory.members(workspace)) {
            names.put(member.id().value(), member.displayName());
        }
        return names;
    }

    /** A report period whose calendar days are the workspace's. */
    public ReportPeriod period(Caller caller, @Nullable String from, @Nullable String to) {
        return ReportPeriod.parse(from, to, zone(caller.workspaceId()));
    }

    private ZoneId zone(WorkspaceId workspace) {
        return ZoneId.of(profiles.profile(workspace).timezone());
    }

    private static @Nullable Double percent(OptionalDouble share) {
        return share.isPresent() ? Math.round(share.getAsDouble() * 1000) / 10.0 : null;
    }

    private static double seconds(long micros) {
        return Math.round(micros / 1000.0) / 1000.0;
    }

    /** A row's interval and group; groups sort with "none" (null) last. */
    private record Cell(Instant start, @Nullable String group) implements Comparable<Cell> {

        private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::start)
                .thenComparing(Cell::group, Comparator.nullsLast(Comparator.naturalOrder()));

        @Override
        public int compareTo(Cell other) {
            return ORDER.compare(this, other);
        }
    }
}
