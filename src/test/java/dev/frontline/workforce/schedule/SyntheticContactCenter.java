package dev.frontline.workforce.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A contact center made up from a fixed seed, for the solver test and the benchmark: voice and chat agents on
 * full- and part-time contracts, some with limited availability or preferences, a few meetings and days off,
 * and a required-agents curve per 15 minutes (busy weekday late mornings and afternoons, quieter weekends)
 * sized to about {@code load} of what the agents can work.
 */
record SyntheticContactCenter(int agentCount, LocalDate firstDay, int days, double load, long seed) {

    static final List<ShiftTemplate> TEMPLATES = List.of(
            new ShiftTemplate("Early", 8 * 60 + 30, LocalTime.of(6, 0), LocalTime.of(9, 0), 30, null),
            new ShiftTemplate("Late", 8 * 60 + 30, LocalTime.of(10, 0), LocalTime.of(12, 30), 30, null),
            new ShiftTemplate("Part day", 4 * 60, LocalTime.of(8, 0), LocalTime.of(17, 0), 60, null));

    ScheduleProblem problem() {
        Random random = new Random(seed);
        ScheduleHorizon horizon = new ScheduleHorizon(firstDay, days);
        List<ScheduleAgent> agents = new ArrayList<>();
        double weeklyCapacityHours = 0;
        for (int i = 0; i < agentCount; i++) {
            double kind = random.nextDouble();
            Set<String> skills = kind < 0.7 ? Set.of("voice") : kind < 0.9 ? Set.of("voice", "chat") : Set.of("chat");
            boolean partTime = random.nextDouble() < 0.2;
            Contract contract = partTime ? new Contract(16 * 60, 24 * 60, 5, 2, 11 * 60) : Contract.fullTime();
            weeklyCapacityHours += partTime ? 20 : 36;
            Availability availability = random.nextDouble() < 0.1
                    ? Availability.only(Map.of(DayOfWeek.MONDAY, TimeWindow.of(LocalTime.of(6, 0), LocalTime.of(18, 0)),
                    DayOfWeek.TUESDAY, TimeWindow.of(LocalTime.of(6, 0), LocalTime.of(18, 0)),
                    DayOfWeek.WEDNESDAY, TimeWindow.of(LocalTime.of(6, 0), LocalTime.of(18, 0)),
                    DayOfWeek.THURSDAY, TimeWindow.of(LocalTime.of(6, 0), LocalTime.of(18, 0)),
                    DayOfWeek.FRIDAY, TimeWindow.of(LocalTime.of(6, 0), LocalTime.of(18, 0))))
                    : Availability.anyTime();
            Preferences preferences = random.nextDouble() < 0.3
                    ? new Preferences(Set.of(), Set.of(DayOfWeek.of(1 + random.nextInt(7))), random.nextBoolean()
                    ? TimeWindow.of(LocalTime.of(7, 0), LocalTime.of(16, 0)) : null)
                    : Preferences.none();
            agents.add(new ScheduleAgent(new UUID(seed, i), "Agent " + (i + 1), skills, contract, availability, preferences));
        }
        List<CoverageDemand> demands = demands(horizon, weeklyCapacityHours);
        List<MeetingAttendance> meetings = new ArrayList<>();
        List<TimeOffPeriod> timeOff = new ArrayList<>();
        for (ScheduleAgent agent : agents) {
            if (random.nextDouble() < 0.1) {
                int day = random.nextInt(days);
                if (horizon.day(day).getDayOfWeek().getValue() <= 5) {
                    int start = day * ScheduleHorizon.MINUTES_PER_DAY + 13 * 60;
                    meetings.add(new MeetingAttendance("Coaching", agent, start, start + 30));
                }
            }
            if (random.nextDouble() < 0.05) {
                int day = random.nextInt(days);
                timeOff.add(new TimeOffPeriod(agent, day * ScheduleHorizon.MINUTES_PER_DAY, (day + 1) * ScheduleHorizon.MINUTES_PER_DAY));
            }
        }
        return new ScheduleProblem(horizon, TEMPLATES, BreakRules.standard(), agents, demands, meetings, timeOff, Set.of());
    }

    /** Per skill and interval 06:00-22:00, the required agents: a day curve scaled so a week needs {@code load} of the capacity. */
    private List<CoverageDemand> demands(ScheduleHorizon horizon, double weeklyCapacityHours) {
        double[] shape = new double[ScheduleHorizon.MINUTES_PER_DAY / ScheduleHorizon.INTERVAL_MINUTES];
        double weeklyShapeHours = 0;
        for (int slot = 0; slot < shape.length; slot++) {
            double hour = slot / 4.0;
            shape[slot] = hour < 6 || hour >= 22 ? 0 : 0.3 + Math.exp(-Math.pow(hour - 11, 2) / 6) + 0.8 * Math.exp(-Math.pow(hour - 15.5, 2) / 5);
            weeklyShapeHours += shape[slot] * 0.25 * (5 + 2 * 0.5);
        }
        // productive share of a paid hour: breaks are paid but not on the phones
        double scale = load * weeklyCapacityHours * (7.5 / 8) / weeklyShapeHours;
        List<CoverageDemand> demands = new ArrayList<>();
        for (int day = 0; day < horizon.days(); day++) {
            double dayFactor = horizon.day(day).getDayOfWeek().getValue() >= 6 ? 0.5 : 1.0;
            for (int slot = 0; slot < shape.length; slot++) {
                int interval = day * shape.length + slot;
                double total = shape[slot] * scale * dayFactor;
                demands.add(new CoverageDemand(new SkillInterval("voice", interval), (int) Math.round(total * 0.75)));
                demands.add(new CoverageDemand(new SkillInterval("chat", interval), (int) Math.round(total * 0.25)));
            }
        }
        return demands;
    }
}
