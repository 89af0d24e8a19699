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
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Intraday management: today's forecast for a queue (the same forecast as the forecast page, so holidays, adjustments,
 * handle times and patience apply), the contacts that arrived so far (queue visits plus those waiting now), the rest
 * of the day re-forecast ({@link Reforecast}) and staffed with Erlang C or A, and for the busiest interval left
 * what the agents on line now achieve and what moving email agents to chat, cancelling training or offering
 * overtime would. Only agents who can take the queue's work count: those whose routing profile has the queue's
 * required skill at its minimum proficiency (everyone for a queue without one), so the suggestions name agents who
 * could actually move. Reads only, from the database, so any node answers and a page can poll it.
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
    private final Clock clock;

    Intraday(Forecasts forecasts, QueueHistory history, AgentStates agentStates, RoutingSettings routing, Clock clock) {
        this.forecasts = forecasts;
        this.history = history;
        this.agentStates = agentStates;
        this.routing = routing;
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

        List<IntradayView.Interval> intervals = new ArrayList<>();
        int peakIndex = -1;
        for (int i = 0; i < perDay; i++) {
            ForecastReport.Point point = points.get(i);
            boolean ahead = i >= under;
            Integer needed = null;
            if (ahead && point.handleSeconds() != null) {
                needed = fewestAgents(query, reforecast.remaining()[i], point.handleSeconds(), forecast.patienceSeconds());
                if (peakIndex < 0 || reforecast.remaining()[i] > reforecast.remaining()[peakIndex]) {
                    peakIndex = i;
                }
            }
            intervals.add(new IntradayView.Interval(point.start(), planned[i], i <= under ? (int) actual[i] : null,
                    ahead ? reforecast.remaining()[i] : null, needed, point.handleSeconds()));
        }

        IntradayView.Staff staff = staffNow(caller, servingAgents(caller, query.queueId()));
        IntradayView.Peak peak = peakIndex < 0 ? null
                : peak(query, forecast, intervals.get(peakIndex), reforecast.ratio(), staff);
        return new IntradayView(query.queueId(), query.channel(), today, zone.getId(), query.intervalMinutes(), query.targetServiceLevel(),
                (int) query.answerWithinSeconds(), reforecast.ratio(), under, intervals, staff, peak);
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

    private IntradayView.Staff staffNow(Caller caller, Set<UUID> serving) {
        int onLine = 0;
        List<IntradayView.Agent> onEmail = new ArrayList<>();
        List<IntradayView.Agent> inTraining = new ArrayList<>();
        for (AgentStates.AgentState agent : agentStates.agents(caller)) {
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

    private static IntradayView.Peak peak(ForecastQuery query, ForecastReport forecast, IntradayView.Interval interval, double ratio,
                                          IntradayView.Staff staff) {
        double contacts = interval.reforecast();
        double handle = interval.handleSeconds();
        int needed = interval.agentsNeeded();
        IntradayView.Projection now = project(query, contacts, handle, forecast.patienceSeconds(), staff.onLine());
        List<IntradayView.Suggestion> suggestions = new ArrayList<>();
        boolean belowTarget = now.serviceLevel() < query.targetServiceLevel();
        if (belowTarget || ratio > ABOVE_FORECAST) {
            int missing = Math.max(1, needed - staff.onLine());
            if (staff.onEmailOnly() > 0 && !"email".equals(query.channel())) {
                suggestions.add(suggestion(query, forecast, contacts, handle, staff, IntradayView.Action.MOVE_FROM_EMAIL,
                        staff.emailAgents().subList(0, Math.min(missing, staff.onEmailOnly()))));
            }
            if (staff.inTrainingOrMeeting() > 0) {
                suggestions.add(suggestion(query, forecast, contacts, handle, staff, IntradayView.Action.CANCEL_TRAINING,
                        staff.trainingAgents().subList(0, Math.min(missing, staff.inTrainingOrMeeting()))));
            }
            suggestions.add(suggestion(query, forecast, contacts, handle, staff, IntradayView.Action.OFFER_OVERTIME, missing, List.of()));
        }
        return new IntradayView.Peak(interval.start(), contacts, needed, now, suggestions);
    }

    private static IntradayView.Suggestion suggestion(ForecastQuery query, ForecastReport forecast, double contacts, double handle,
                                                      IntradayView.Staff staff, IntradayView.Action action, List<IntradayView.Agent> who) {
        return suggestion(query, forecast, contacts, handle, staff, action, who.size(), who);
    }

    private static IntradayView.Suggestion suggestion(ForecastQuery query, ForecastReport forecast, double contacts, double handle,
                                                      IntradayView.Staff staff, IntradayView.Action action, int added,
                                                      List<IntradayView.Agent> who) {
        IntradayView.Projection projection = project(query, contacts, handle, forecast.patienceSeconds(), staff.onLine() + added);
        return new IntradayView.Suggestion(action, added, List.copyOf(who), projection, projection.serviceLevel() >= query.targetServiceLevel());
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
