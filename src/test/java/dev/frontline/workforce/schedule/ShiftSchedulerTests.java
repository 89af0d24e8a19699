package dev.frontline.workforce.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The solver end to end on a small synthetic contact center: a feasible week with breaks where the rules allow. */
class ShiftSchedulerTests {

    @Test
    void aSmallCenterGetsAWeekThatBreaksNoHardRuleAndCoversMostOfTheDemand() {
        ScheduleProblem problem = new SyntheticContactCenter(12, LocalDate.of(2027, 1, 4), 7, 0.85, 7).problem();

        WorkSchedule solved = new ShiftScheduler().solve(problem.build(), Duration.ofSeconds(5));

        assertThat(solved.getScore()).isNotNull();
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(ScheduleCoverage.of(solved).coveredShare()).isGreaterThan(0.8);
        List<ShiftOption> shifts = solved.getAssignments().stream().map(ShiftAssignment::getShift).filter(java.util.Objects::nonNull).toList();
        assertThat(shifts).isNotEmpty();
        for (ShiftOption shift : shifts) {
            for (Activity activity : shift.breaks()) {
                assertThat(activity.start()).isGreaterThan(shift.start());
                assertThat(activity.end()).isLessThan(shift.end());
                if (activity.kind() == Activity.Kind.LUNCH) {
                    assertThat(activity.start() - shift.start()).isBetween(3 * 60, 5 * 60);
                }
            }
        }
    }

    @Test
    void anAgentIsOfferedOnlyShiftsTheyMayWork() {
        ScheduleAgent weekdaysOnly = Shifts.agent("Ada", Contract.fullTime(), Availability.only(java.util.Map.of(
                java.time.DayOfWeek.MONDAY, TimeWindow.of(java.time.LocalTime.of(8, 0), java.time.LocalTime.of(17, 0)))), Preferences.none());
        ScheduleProblem problem = new ScheduleProblem(Shifts.WEEK, List.of(Shifts.DAY), BreakRules.standard(), List.of(weekdaysOnly), List.of(), List.of(),
                List.of(new TimeOffPeriod(weekdaysOnly, 0, 8 * 60 + 30)), java.util.Set.of(Shifts.MONDAY.plusDays(1)));

        List<ShiftAssignment> days = problem.build().getAssignments();

        assertThat(days).hasSize(7);
        assertThat(days.get(0).getOptions()).as("Monday: available 08:00-17:00, off until 08:30: only the 8.5-hour shift from 08:30")
                .isNotEmpty().allSatisfy(option -> assertThat(option.startOfDay()).isEqualTo(8 * 60 + 30));
        assertThat(days.subList(1, 7)).as("not available, or the Tuesday holiday").allSatisfy(day -> assertThat(day.getOptions()).isEmpty());
    }

    @Test
    void aShiftTemplatesBreakRulesWinOverTheContractsAndTheSolverPlacesThem() {
        // The contract gives a 45-minute lunch; the evening template's own rules: two 15-minute breaks and no lunch.
        BreakRules contractRules = new BreakRules(List.of(new BreakRules.Tier(0, 2, 15, 45, 3 * 60, 4 * 60)));
        BreakRules eveningRules = new BreakRules(List.of(new BreakRules.Tier(0, 2, 15, 0, 0, 0)));
        ShiftTemplate evening = new ShiftTemplate("Evening", 6 * 60, java.time.LocalTime.of(16, 0), java.time.LocalTime.of(16, 0), 30, null,
                eveningRules);
        ScheduleAgent ada = new ScheduleAgent(java.util.UUID.randomUUID(), "Ada", java.util.Set.of(ScheduleRequest.ANY_SKILL),
                new Contract(0, 40 * 60, 5, 2, 11 * 60), Availability.anyTime(), Preferences.none(), contractRules);
        List<CoverageDemand> demand = java.util.stream.IntStream.range(0, 7)
                .mapToObj(day -> new CoverageDemand(new SkillInterval(ScheduleRequest.ANY_SKILL, (day * ScheduleHorizon.MINUTES_PER_DAY + 17 * 60) / 15), 1))
                .toList();
        ShiftTemplate morning = new ShiftTemplate("Morning", 8 * 60, java.time.LocalTime.of(6, 0), java.time.LocalTime.of(6, 0), 30, null);
        ScheduleProblem problem = new ScheduleProblem(Shifts.WEEK, List.of(morning, evening), BreakRules.standard(), List.of(ada), demand,
                List.of(), List.of(), java.util.Set.of());
        WorkSchedule built = problem.build();

        List<ShiftOption> offered = built.getAssignments().getFirst().getOptions();
        assertThat(offered).filteredOn(option -> option.template().equals(evening)).isNotEmpty().allSatisfy(option ->
                assertThat(option.breaks()).as("the template's rules").extracting(Activity::kind).containsExactly(Activity.Kind.BREAK, Activity.Kind.BREAK));
        assertThat(offered).filteredOn(option -> option.template().equals(morning)).isNotEmpty().allSatisfy(option ->
                assertThat(option.breaks()).as("the contract's 45-minute lunch")
                        .anySatisfy(activity -> assertThat(activity.end() - activity.start()).isEqualTo(45)));
        assertThat(problem.breakRulesOf(evening, ada)).isEqualTo(eveningRules);
        assertThat(problem.breakRulesOf(morning, ada)).isEqualTo(contractRules);

        WorkSchedule solved = new ShiftScheduler().solve(built, Duration.ofSeconds(2));

        List<ShiftOption> shifts = solved.getAssignments().stream().map(ShiftAssignment::getShift).filter(java.util.Objects::nonNull).toList();
        assertThat(shifts).as("evenings cover 17:00, mornings end at 14:00").isNotEmpty()
                .allSatisfy(shift -> assertThat(shift.template()).isEqualTo(evening))
                .allSatisfy(shift -> assertThat(shift.breaks()).extracting(Activity::kind).containsExactly(Activity.Kind.BREAK, Activity.Kind.BREAK));
    }
}
