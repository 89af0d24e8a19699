package dev.frontline.workforce.forecast;

import dev.frontline.identity.WorkspaceProfiles;
import dev.frontline.routing.QueueHistory;
import dev.frontline.shared.Caller;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.workforce.staffing.StaffingCalculator;
import dev.frontline.workforce.staffing.StaffingRequest;
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
import org.springframework.stereotype.Service;

/**
 * Forecasts a queue's contacts from its own history: the conversations that entered the queue (routing's queue
 * visits), counted per interval of the workspace's local time over the last full weeks; both methods are
 * backtested on the last of those weeks and the one with the lower WAPE forecasts; planners' adjustments multiply
 * their days. Reads only; any node answers.
 */
@Service
public class Forecasts {

    private static final List<ForecastMethod> METHODS = List.of(new SameIntervalAverage(), new DoubleSeasonalHoltWinters());

    private final QueueHistory history;
    private final WorkspaceProfiles profiles;
    private final AdjustmentStore adjustments;
    private final Clock clock;

    Forecasts(QueueHistory history, WorkspaceProfiles profiles, AdjustmentStore adjustments, Clock clock) {
        this.history = history;
        this.profiles = profiles;
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
        double[] counts = countArrivals(caller, query, zone, historyStart, thisWeek, seasons);

        Backtest.Result backtest = Backtest.run(counts, seasons, METHODS);
        ForecastMethod chosen = METHODS.stream().filter(m -> m.name().equals(backtest.best())).findFirst().orElseThrow();
        int week = seasons.perWeek();
        double[] fit = Arrays.copyOf(counts, counts.length - week);
        double[] heldOut = chosen.forecast(fit, seasons, week);
        double[] coming = chosen.forecast(counts, seasons, query.horizonWeeks() * week);
        Map<LocalDate, Double> factors = new HashMap<>();
        adjustments.list(caller.workspaceId(), query.queueId()).forEach(adjustment -> factors.put(adjustment.day(), adjustment.factor()));
        Double[] applied = new Double[coming.length];
        for (int i = 0; i < coming.length; i++) {
            applied[i] = factors.get(thisWeek.toLocalDate().plusDays(i / seasons.perDay()));
            if (applied[i] != null) {
                coming[i] *= applied[i];
            }
        }
        int[] agents = query.targetServiceLevel() == null ? null : StaffingCalculator.agentsPerInterval(coming,
                new StaffingRequest(null, query.intervalMinutes() * 60.0, query.averageHandleSeconds(), query.answerWithinSeconds(), null,
                        query.targetServiceLevel(), null, null, null, null, query.shrinkage()));

        List<ForecastReport.Point> lastWeek = new ArrayList<>();
        for (int i = 0; i < week; i++) {
            lastWeek.add(new ForecastReport.Point(start(thisWeek.minusWeeks(1), i, query, zone), counts[counts.length - week + i], heldOut[i], null, null));
        }
        List<ForecastReport.Point> ahead = new ArrayList<>();
        for (int i = 0; i < coming.length; i++) {
            ahead.add(new ForecastReport.Point(start(thisWeek, i, query, zone), null, coming[i], agents == null ? null : agents[i], applied[i]));
        }
        return new ForecastReport(query.queueId(), zone.getId(), query.intervalMinutes(), chosen.name(), backtest.scores(), lastWeek, ahead);
    }

    /** Arrivals per interval of local time; an interval index counts local days and minutes, so DST days keep their slots. */
    private double[] countArrivals(Caller caller, ForecastQuery query, ZoneId zone, LocalDateTime from, LocalDateTime to, Seasons seasons) {
        double[] counts = new double[query.historyWeeks() * seasons.perWeek()];
        history.visits(caller.workspaceId(), from.atZone(zone).toInstant(), to.atZone(zone).toInstant(), visit -> {
            if (!visit.queueId().equals(query.queueId())) {
                return;
            }
            LocalDateTime local = LocalDateTime.ofInstant(visit.enqueuedAt(), zone);
            long day = ChronoUnit.DAYS.between(from.toLocalDate(), local.toLocalDate());
            int slot = (local.getHour() * 60 + local.getMinute()) / query.intervalMinutes();
            long index = day * seasons.perDay() + slot;
            if (index >= 0 && index < counts.length) {
                counts[(int) index]++;
            }
        });
        return counts;
    }

    private static Instant start(LocalDateTime weekStart, int index, ForecastQuery query, ZoneId zone) {
        return weekStart.plusMinutes((long) index * query.intervalMinutes()).atZone(zone).toInstant();
    }
}
