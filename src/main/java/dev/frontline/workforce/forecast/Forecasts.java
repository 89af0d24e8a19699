package dev.frontline.workforce.forecast;

import dev.frontline.identity.WorkspaceProfiles;
import dev.frontline.routing.QueueHistory;
import dev.frontline.shared.Caller;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.sla.BusinessCalendar;
import dev.frontline.sla.BusinessHours;
import dev.frontline.sla.Holiday;
import dev.frontline.workforce.activity.HandledContacts;
import dev.frontline.workforce.staffing.StaffingCalculator;
import dev.frontline.workforce.staffing.StaffingQuestion;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Forecasts a queue's contacts from its own history: the conversations that entered the queue (routing's queue
 * visits, of one channel when asked), counted per interval of the workspace's local time over the last full weeks;
 * both methods are backtested on the last of those weeks and the one with the lower WAPE forecasts. Handle times come
 * from the contacts agents resolved ({@link HandleTimes}), customers' patience from abandonments ({@link Patience}).
 * Holidays of the workspace's business calendar close their days unless a planner adjusted the day; planners'
 * adjustments multiply their days. Reads only; any node answers.
 */
@Service
public class Forecasts {

    private static final List<ForecastMethod> METHODS = List.of(new SameIntervalAverage(), new DoubleSeasonalHoltWinters());

    private final QueueHistory history;
    private final HandledContacts handled;
    private final WorkspaceProfiles profiles;
    private final BusinessHours businessHours;
    private final AdjustmentStore adjustments;
    private final Clock clock;

    Forecasts(QueueHistory history, HandledContacts handled, WorkspaceProfiles profiles, BusinessHours businessHours,
              AdjustmentStore adjustments, Clock clock) {
        this.history = history;
        this.handled = handled;
        this.profiles = profiles;
        this.businessHours = businessHours;
        this.adjustments = adjustments;
        this.clock = clock;
    }

    public ForecastReport forecast(Caller caller, ForecastQuery query) {
        caller.require(Role.SUPERVISOR);
        if (!history.queueNames(caller.workspaceId()).containsKey(query.queueId())) {
            throw new NotFoundException("Queue", query.queueId());
        }
        ZoneId zone = ZoneId.of(profiles.profile(caller.workspaceId()).timezone());
        LocalDateTime thisWeek = LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.DAYS)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDateTime historyStart = thisWeek.minusWeeks(query.historyWeeks());
        Seasons seasons = query.seasons();
        History past = readHistory(caller, query, zone, historyStart, thisWeek, seasons);
        double[] counts = past.counts;

        Backtest.Result backtest = Backtest.run(counts, seasons, METHODS);
        ForecastMethod chosen = METHODS.stream().filter(m -> m.name().equals(backtest.best())).findFirst().orElseThrow();
        int week = seasons.perWeek();
        double[] fit = Arrays.copyOf(counts, counts.length - week);
        double[] heldOut = chosen.forecast(fit, seasons, week);
        double[] coming = chosen.forecast(counts, seasons, query.horizonWeeks() * week);

        Map<LocalDate, Double> factors = new HashMap<>();
        adjustments.list(caller.workspaceId(), query.queueId()).forEach(adjustment -> factors.put(adjustment.day(), adjustment.factor()));
        BusinessCalendar calendar = businessHours.calendar(caller.workspaceId(), null);
        Double[] applied = new Double[coming.length];
        String[] holidays = new String[coming.length];
        for (int i = 0; i < coming.length; i++) {
            LocalDate day = thisWeek.toLocalDate().plusDays(i / seasons.perDay());
            applied[i] = factors.get(day);
            if (applied[i] == null) {
                holidays[i] = calendar.holidays().stream().filter(holiday -> holiday.covers(day)).map(Holiday::name).findFirst().orElse(null);
                applied[i] = holidays[i] == null ? null : 0.0;
            }
            if (applied[i] != null) {
                coming[i] *= applied[i];
            }
        }

        String handleSource = query.averageHandleSeconds() != null ? "GIVEN" : past.handleTimes.overall() != null ? "HISTORY" : "NONE";
        Double patience = query.patienceSeconds() != null ? query.patienceSeconds() : past.patience.meanSeconds();
        String patienceSource = query.patienceSeconds() != null ? "GIVEN" : patience != null ? "HISTORY" : "NONE";
        Double[] handle = new Double[coming.length];
        Integer[] agents = new Integer[coming.length];
        for (int i = 0; i < coming.length; i++) {
            handle[i] = query.averageHandleSeconds() != null ? query.averageHandleSeconds() : past.handleTimes.forecast(i);
        }
        if (query.targetServiceLevel() != null) {
            if (handleSource.equals("NONE")) {
                throw new InvalidRequestException("averageHandleSeconds", "is needed for staffing: the history has no handle times");
            }
            for (int i = 0; i < coming.length; i++) {
                StaffingQuestion question = query.staffing(coming[i], handle[i], patience).validate();
                agents[i] = StaffingCalculator.fewestAgents(question, question.target()).agents();
            }
        }

        List<ForecastReport.Point> lastWeek = new ArrayList<>();
        for (int i = 0; i < week; i++) {
            lastWeek.add(new ForecastReport.Point(start(thisWeek.minusWeeks(1), i, query, zone), counts[counts.length - week + i], heldOut[i],
                    null, null, null, null));
        }
        List<ForecastReport.Point> ahead = new ArrayList<>();
        for (int i = 0; i < coming.length; i++) {
            ahead.add(new ForecastReport.Point(start(thisWeek, i, query, zone), null, coming[i], agents[i], applied[i], handle[i], holidays[i]));
        }
        Double averageHandle = query.averageHandleSeconds() != null ? query.averageHandleSeconds() : past.handleTimes.overall();
        return new ForecastReport(query.queueId(), query.channel(), zone.getId(), query.intervalMinutes(), chosen.name(), backtest.scores(),
                averageHandle, handleSource, past.handleTimes.timedContacts(), patience, patienceSource, lastWeek, ahead);
    }

    private record History(double[] counts, HandleTimes handleTimes, Patience patience) {
    }

    /**
     * Arrivals per interval of local time (an interval index counts local days and minutes, so DST days keep their
     * slots), the handle time of each that an agent resolved, and every visit's wait for the patience estimate.
     */
    private History readHistory(Caller caller, ForecastQuery query, ZoneId zone, LocalDateTime from, LocalDateTime to, Seasons seasons) {
        double[] counts = new double[query.historyWeeks() * seasons.perWeek()];
        Instant start = from.atZone(zone).toInstant();
        Instant end = to.atZone(zone).toInstant();
        Map<UUID, List<HandledContacts.Handled>> resolved = new HashMap<>();
        handled.resolvedBetween(caller.workspaceId(), start, clock.instant())
                .forEach(contact -> resolved.computeIfAbsent(contact.conversationId(), c -> new ArrayList<>()).add(contact));
        HandleTimes handleTimes = new HandleTimes(seasons);
        Patience patience = new Patience();
        history.visits(caller.workspaceId(), start, end, visit -> {
            if (!visit.queueId().equals(query.queueId()) || query.channel() != null && !query.channel().equalsIgnoreCase(visit.channel())) {
                return;
            }
            patience.add(visit.waited().toMillis() / 1000.0, visit.outcome() == QueueHistory.Outcome.ABANDONED);
            LocalDateTime local = LocalDateTime.ofInstant(visit.enqueuedAt(), zone);
            long day = ChronoUnit.DAYS.between(from.toLocalDate(), local.toLocalDate());
            int slot = (local.getHour() * 60 + local.getMinute()) / query.intervalMinutes();
            long index = day * seasons.perDay() + slot;
            if (index < 0 || index >= counts.length) {
                return;
            }
            counts[(int) index]++;
            HandledContacts.Handled contact = visit.outcome() == QueueHistory.Outcome.ANSWERED
                    ? firstHandlingAfter(resolved.get(visit.conversationId().value()), visit.enqueuedAt()) : null;
            if (contact != null) {
                handleTimes.add((int) index, contact.handleTime().toMillis() / 1000.0);
            }
        });
        return new History(counts, handleTimes, patience);
    }

    private static HandledContacts.@Nullable Handled firstHandlingAfter(@Nullable List<HandledContacts.Handled> handlings, Instant enqueued) {
        if (handlings == null) {
            return null;
        }
        return handlings.stream().filter(handling -> !handling.assignedAt().isBefore(enqueued)).findFirst().orElse(null);
    }

    private static Instant start(LocalDateTime weekStart, int index, ForecastQuery query, ZoneId zone) {
        return weekStart.plusMinutes((long) index * query.intervalMinutes()).atZone(zone).toInstant();
    }
}
