package dev.frontline.workforce.intraday;

import dev.frontline.presence.PresenceStatus;
import dev.frontline.routing.AgentStates;
import dev.frontline.routing.QueueHistory;
import dev.frontline.routing.RoutingQueue;
import dev.frontline.routing.RoutingSettings;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.workforce.forecast.ForecastQuery;
import dev.frontline.workforce.forecast.ForecastReport;
import dev.frontline.workforce.forecast.Forecasts;
import dev.frontline.workforce.schedule.ScheduledShift;
import dev.frontline.workforce.schedule.Schedules;
import dev.frontline.workforce.staffing.StaffingCalculator;
import dev.frontline.workforce.staffing.StaffingQuestion;
import dev.frontline.workforce.staffing.StaffingRequest;
import dev.frontline.workforce.staffing.StaffingResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Intraday management: today's forecast for a queue (the same forecast as the forecast page, so holidays, adjustments,
 * handle times and patience apply), the contacts that arrived so far (queue visits plus those waiting now), the rest
 * of the day re-forecast ({@link Reforecast}) and staffed with Erlang C or A. Each interval's staff comes from the
 * published schedule ({@link ScheduledStaff}), the interval under way's from who is on line now; agents working
 * email only now are taken to stay on email (unless the query is for email), which is what the move suggestion
 * changes. For the busiest interval left: what its staff achieve and what moving email agents to chat, cancelling
 * the training sessions scheduled then or offering overtime to agents not scheduled today would, each naming the
 * agents. Only agents who can take the queue's work count: those whose routing profile has the queue's required
 * skill at its minimum proficiency (everyone for a queue without one). Reads only, from the database, so any node
 * answers and a page can poll it.
 */
@Service
public class Intraday {

    private static final Set<PresenceStatus> ON_LINE = Set.of(PresenceStatus.AVAILABLE, PresenceStatus.BUSY, PresenceStatus.AFTER_CALL_WORK);
    private static final Set<PresenceStatus> OFF_LINE_WORK = Set.of(PresenceStatus.TRAINING, PresenceStatus.MEETING);
    /** Volume this much above forecast asks for actions even when the agents on line still meet the target. */
    private static final double ABOVE_FORECAST = 1.05;

    private final Forecasts forecasts;
    private final QueueHistory history;
    private final AgentStates agentStates;
    private final RoutingSettings routing;
    private final Schedules schedules;
    private final Clock clock;

    Intraday(Forecasts forecasts, QueueHistory history, AgentStates agentStates, RoutingSettings routing, Schedules schedules, Clock clock) {
        this.forecasts = forecasts;
        this.history = history;
        this.agentStates = agentStates;
        this.routing = routing;
        this.schedules = schedules;
        this.clock = clock;
    }

    /** {@code query} names the queue, channel, interval and target; its horizon is this week. */
    public IntradayView today(Caller caller, ForecastQuery query) {
        caller.require(Role.SUPERVISOR);
        ForecastReport forecast = forecasts.forecast(caller, query);
        ZoneId zone = ZoneId.of(forecast.zone());
        Instant now = clock.instant();
        LocalDateTime localNow = LocalDateTime.ofInstant(now, zone);
        LocalDate today = localNow.toLocalDate();
        int perDay = 24 * 60 / query.intervalMinutes();
        int firstOfToday = perDay * (int) ChronoUnit.DAYS.between(LocalDateTime.ofInstant(forecast.coming().getFirst().start(), zone).toLocalDate(), today);
        List<ForecastReport.Point> points = forecast.coming().subList(firstOfToday, firstOfToday + perDay);
        int under = (localNow.getHour() * 60 + localNow.getMinute()) / query.intervalMinutes();

        double[] planned = points.stream().mapToDouble(ForecastReport.Point::forecast).toArray();
        double[] actual = arrivedToday(caller, query, zone, today, now, perDay);
        Reforecast reforecast = Reforecast.of(planned, actual, under);

        Set<UUID> serving = servingAgents(caller, query.queueId());
        List<AgentStates.AgentState> agents = agentStates.agents(caller);
        IntradayView.Staff staff = staffNow(agents, serving);
        List<ScheduledShift> shifts = new ArrayList<>(schedules.publishedOn(caller.workspaceId(), today.minusDays(1)));
        shifts.addAll(schedules.publishedOn(caller.workspaceId(), today));
        ScheduledStaff scheduled = ScheduledStaff.of(shifts, serving, today, query.intervalMinutes());
        boolean forEmail = "email".equalsIgnoreCase(query.channel());
        Set<UUID> onEmail = forEmail ? Set.of() : staff.emailAgents().stream().map(IntradayView.Agent::userId).collect(Collectors.toSet());
        int loggedIn = staff.onLine() + (forEmail ? staff.onEmailOnly() : 0);

        List<IntradayView.Interval> intervals = new ArrayList<>();
        int peakIndex = -1;
        for (int i = 0; i < perDay; i++) {
            ForecastReport.Point point = points.get(i);
            boolean ahead = i >= under;
            Integer needed = null;
            IntradayView.Projection projection = null;
            if (ahead && point.handleSeconds() != null) {
                needed = fewestAgents(query, reforecast.remaining()[i], point.handleSeconds(), forecast.patienceSeconds());
                projection = project(query, reforecast.remaining()[i], point.handleSeconds(), forecast.patienceSeconds(),
                        i == under ? loggedIn : onThePhones(scheduled, i, onEmail).size());
                if (peakIndex < 0 || reforecast.remaining()[i] > reforecast.remaining()[peakIndex]) {
                    peakIndex = i;
                }
            }
            intervals.add(new IntradayView.Interval(point.start(), planned[i], i <= under ? (int) actual[i] : null,
                    ahead ? reforecast.remaining()[i] : null, needed, point.handleSeconds(), scheduled.working(i).size(),
                    i == under ? loggedIn : null, projection));
        }

        IntradayView.Peak peak = null;
        if (peakIndex >= 0) {
            List<IntradayView.Agent> notScheduled = agents.stream()
                    .filter(agent -> serving.contains(agent.userId()) && !scheduled.scheduledToday(agent.userId()))
                    .map(agent -> new IntradayView.Agent(agent.userId(), agent.displayName())).toList();
            // The interval under way is what presence says, later ones what the schedule says.
            PeakStaff peakStaff = peakIndex == under
                    ? new PeakStaff(loggedIn, forEmail ? List.of() : staff.emailAgents(), staff.trainingAgents(), notScheduled)
                    : new PeakStaff(onThePhones(scheduled, peakIndex, onEmail).size(),
                            named(scheduled.working(peakIndex)).stream().filter(agent -> onEmail.contains(agent.userId())).toList(),
                            named(scheduled.inMeeting(peakIndex)), notScheduled);
            peak = peak(caller, query, forecast, peakIndex, intervals.get(peakIndex), reforecast.ratio(), peakStaff);
        }
        return new IntradayView(query.queueId(), query.channel(), today, zone.getId(), query.intervalMinutes(), query.targetServiceLevel(),
                (int) query.answerWithinSeconds(), reforecast.ratio(), under, intervals, staff, peak);
    }

    /** The peak interval's staff and the agents each action would add. */
    private record PeakStaff(int onPhones, List<IntradayView.Agent> onEmail, List<IntradayView.Agent> inTraining,
                             List<IntradayView.Agent> notScheduled) {
    }

    private static Map<UUID, String> onThePhones(ScheduledStaff scheduled, int interval, Set<UUID> onEmail) {
        Map<UUID, String> working = new java.util.LinkedHashMap<>(scheduled.working(interval));
        working.keySet().removeAll(onEmail);
        return working;
    }

    private static List<IntradayView.Agent> named(Map<UUID, String> agents) {
        return agents.entrySet().stream().map(agent -> new IntradayView.Agent(agent.getKey(), agent.getValue())).toList();
    }

    private double[] arrivedToday(Caller caller, ForecastQuery query, ZoneId zone, LocalDate today, Instant now, int perDay) {
        double[] counts = new double[perDay];
        Instant dayStart = today.atStartOfDay(zone).toInstant();
        history.visits(caller.workspaceId(), dayStart, now, visit -> {
            if (visit.queueId().equals(query.queueId()) && (query.channel() == null || query.channel().equalsIgnoreCase(visit.channel()))) {
                count(counts, visit.enqueuedAt(), zone, query);
            }
        });
        for (AgentStates.QueuedConversation waiting : agentStates.queued(caller, query.queueId(), 200)) {
            if (!waiting.enqueuedAt().isBefore(dayStart) && (query.channel() == null || query.channel().equalsIgnoreCase(waiting.channel()))) {
                count(counts, waiting.enqueuedAt(), zone, query);
            }
        }
        return counts;
    }

    private static void count(double[] counts, Instant enqueued, ZoneId zone, ForecastQuery query) {
        LocalDateTime local = LocalDateTime.ofInstant(enqueued, zone);
        counts[Math.min(counts.length - 1, (local.getHour() * 60 + local.getMinute()) / query.intervalMinutes())]++;
    }

    /** The agents whose routing profile lets them take the queue's work. */
    private Set<UUID> servingAgents(Caller caller, UUID queueId) {
        RoutingQueue queue = routing.queues(caller).stream().filter(candidate -> candidate.id().equals(queueId)).findFirst().orElseThrow();
        @Nullable String skill = queue.requiredSkill();
        return routing.profiles(caller).stream()
                .filter(profile -> skill == null || skill.isBlank() || profile.skills().getOrDefault(skill, 0) >= queue.minProficiency())
                .map(profile -> profile.userId().value())
                .collect(Collectors.toSet());
    }

    private static IntradayView.Staff staffNow(List<AgentStates.AgentState> agents, Set<UUID> serving) {
        int onLine = 0;
        List<IntradayView.Agent> onEmail = new ArrayList<>();
        List<IntradayView.Agent> inTraining = new ArrayList<>();
        for (AgentStates.AgentState agent : agents) {
            if (!serving.contains(agent.userId())) {
                continue;
            }
            IntradayView.Agent named = new IntradayView.Agent(agent.userId(), agent.displayName());
            if (OFF_LINE_WORK.contains(agent.status())) {
                inTraining.add(named);
            } else if (ON_LINE.contains(agent.status())) {
                AgentStates.Load load = agent.load();
                if (load.email() > 0 && load.email() == load.total()) {
                    onEmail.add(named);
                } else {
                    onLine++;
                }
            }
        }
        return new IntradayView.Staff(onLine, onEmail.size(), inTraining.size(), onEmail, inTraining);
    }

    private IntradayView.Peak peak(Caller caller, ForecastQuery query, ForecastReport forecast, int index, IntradayView.Interval interval,
                                   double ratio, PeakStaff staff) {
        double contacts = java.util.Objects.requireNonNull(interval.reforecast());
        double handle = java.util.Objects.requireNonNull(interval.handleSeconds());
        int needed = java.util.Objects.requireNonNull(interval.agentsNeeded());
        IntradayView.Projection now = project(query, contacts, handle, forecast.patienceSeconds(), staff.onPhones());
        List<IntradayView.Suggestion> suggestions = new ArrayList<>();
        if (now.serviceLevel() < query.targetServiceLevel() || ratio > ABOVE_FORECAST) {
            int missing = Math.max(1, needed - staff.onPhones());
            if (!staff.onEmail().isEmpty()) {
                List<IntradayView.Agent> moving = first(staff.onEmail(), missing);
                IntradayView.Suggestion move = suggestion(query, forecast, contacts, handle, staff, IntradayView.Action.MOVE_FROM_EMAIL,
                        moving.size(), moving);
                suggestions.add(new IntradayView.Suggestion(move.action(), move.addedAgents(), move.agents(), move.projection(), move.meetsTarget(),
                        emailSide(caller, query, index, staff.onEmail().size(), moving.size())));
            }
            if (!staff.inTraining().isEmpty()) {
                List<IntradayView.Agent> leaving = first(staff.inTraining(), missing);
                suggestions.add(suggestion(query, forecast, contacts, handle, staff, IntradayView.Action.CANCEL_TRAINING, leaving.size(), leaving));
            }
            suggestions.add(suggestion(query, forecast, contacts, handle, staff, IntradayView.Action.OFFER_OVERTIME, missing,
                    first(staff.notScheduled(), missing)));
        }
        return new IntradayView.Peak(interval.start(), contacts, needed, now, suggestions);
    }

    private static <T> List<T> first(List<T> list, int count) {
        return List.copyOf(list.subList(0, Math.min(count, list.size())));
    }

    /**
     * The email work of the same queue in the peak interval (its own forecast, not re-forecast; no target, so the
     * forecast does not staff and needs no handle time) before and after
     * {@code moving} of its {@code onEmail} agents go; none when email has no handle time to staff with.
     */
    private IntradayView.@Nullable EmailSide emailSide(Caller caller, ForecastQuery query, int index, int onEmail, int moving) {
        ForecastQuery email = new ForecastQuery(query.queueId(), query.intervalMinutes(), query.historyWeeks(), query.horizonWeeks(),
                query.averageHandleSeconds(), null, query.answerWithinSeconds(), null, "email", null, null, null);
        ForecastReport report = forecasts.forecast(caller, email);
        ZoneId zone = ZoneId.of(report.zone());
        LocalDate today = LocalDateTime.ofInstant(clock.instant(), zone).toLocalDate();
        int perDay = 24 * 60 / query.intervalMinutes();
        int firstOfToday = perDay * (int) ChronoUnit.DAYS.between(LocalDateTime.ofInstant(report.coming().getFirst().start(), zone).toLocalDate(), today);
        ForecastReport.Point point = report.coming().get(firstOfToday + index);
        if (point.handleSeconds() == null) {
            return null;
        }
        return new IntradayView.EmailSide(point.forecast(), project(email, point.forecast(), point.handleSeconds(), null, onEmail),
                project(email, point.forecast(), point.handleSeconds(), null, onEmail - moving));
    }

    private static IntradayView.Suggestion suggestion(ForecastQuery query, ForecastReport forecast, double contacts, double handle,
                                                      PeakStaff staff, IntradayView.Action action, int added, List<IntradayView.Agent> who) {
        IntradayView.Projection projection = project(query, contacts, handle, forecast.patienceSeconds(), staff.onPhones() + added);
        return new IntradayView.Suggestion(action, added, who, projection, projection.serviceLevel() >= query.targetServiceLevel(), null);
    }

    /** What {@code agents} on line now (no shrinkage: they are here) give the interval; nobody on line answers nothing. */
    private static IntradayView.Projection project(ForecastQuery query, double contacts, double handle, @Nullable Double patience, int agents) {
        if (agents == 0) {
            return new IntradayView.Projection(0, contacts == 0 ? 1 : 0, null, patience == null || contacts == 0 ? null : 1.0);
        }
        StaffingQuestion question = new StaffingRequest(contacts, query.intervalMinutes() * 60.0, handle, query.answerWithinSeconds(), agents,
                null, null, null, patience, query.concurrency(), null).validate();
        StaffingResult result = StaffingCalculator.answer(question, agents);
        return new IntradayView.Projection(agents, result.serviceLevel(), result.averageSpeedOfAnswer(), result.abandonment());
    }

    private static int fewestAgents(ForecastQuery query, double contacts, double handle, @Nullable Double patience) {
        StaffingQuestion question = query.staffing(contacts, handle, patience).validate();
        return StaffingCalculator.fewestAgents(question, question.target()).agents();
    }
}
