package dev.frontline.workforce.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.UnprocessableException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class StaffingCalculatorTests {

    /** The guide's example: 60 calls per 15 min, AHT 240 s, 80% within 20 s. */
    private static StaffingRequest guideExample(@Nullable Integer agents, @Nullable Double targetServiceLevel) {
        return new StaffingRequest(60.0, 900.0, 240.0, 20.0, agents, targetServiceLevel, null, null, null, null, null);
    }

    private static StaffingResult calculate(StaffingRequest request) {
        StaffingQuestion question = request.validate();
        return question.target() == null
                ? StaffingCalculator.answer(question, request.agents())
                : StaffingCalculator.fewestAgents(question, question.target());
    }

    @Test
    void twentyAgentsAreTheFewestForEightyTwentyOnSixteenErlangs() {
        StaffingResult fewest = calculate(guideExample(null, 0.8));

        assertThat(fewest.agents()).isEqualTo(20);
        assertThat(fewest.serviceLevel()).isCloseTo(0.8165, within(0.00005));
        assertThat(calculate(guideExample(19, null)).serviceLevel()).isLessThan(0.8);
    }

    @Test
    void theFewestAgentsAreMinimalForManyTargetsAndLoads() {
        for (double contacts : new double[] {3, 60, 480, 4000}) {
            for (double target : new double[] {0.5, 0.8, 0.95}) {
                StaffingRequest request = new StaffingRequest(contacts, 1800.0, 300.0, 20.0, null, target, null, null, 120.0, null, null);
                StaffingResult fewest = calculate(request);
                if (fewest.agents() == 1) {
                    assertThat(fewest.serviceLevel()).isGreaterThanOrEqualTo(target);
                    continue;
                }
                StaffingResult oneLess = calculate(new StaffingRequest(contacts, 1800.0, 300.0, 20.0, fewest.agents() - 1, null, null,
                        null, 120.0, null, null));

                assertThat(fewest.serviceLevel()).as("%s contacts, target %s", contacts, target).isGreaterThanOrEqualTo(target);
                assertThat(oneLess.serviceLevel()).as("%s contacts, target %s", contacts, target).isLessThan(target);
            }
        }
    }

    @Test
    void aMaximumSpeedOfAnswerAndAnOccupancyCapMustHoldTogether() {
        StaffingResult forSpeed = calculate(new StaffingRequest(60.0, 900.0, 240.0, 20.0, null, null, 10.0, null, null, null, null));
        StaffingResult capped = calculate(new StaffingRequest(60.0, 900.0, 240.0, 20.0, null, 0.8, null, 0.7, null, null, null));

        assertThat(forSpeed.averageSpeedOfAnswer()).isLessThanOrEqualTo(10.0);
        assertThat(calculate(guideExample(forSpeed.agents() - 1, null)).averageSpeedOfAnswer()).isGreaterThan(10.0);
        assertThat(capped.agents()).as("16 Erlangs at most 70%% busy").isEqualTo(23);
        assertThat(capped.occupancy()).isLessThanOrEqualTo(0.7);
    }

    @Test
    void shrinkageSchedulesMoreAgentsThanAreOnLine() {
        StaffingResult scheduled = calculate(new StaffingRequest(60.0, 900.0, 240.0, 20.0, null, 0.8, null, null, null, null, 0.3));
        StaffingResult evaluated = calculate(new StaffingRequest(60.0, 900.0, 240.0, 20.0, 29, null, null, null, null, null, 0.3));

        assertThat(scheduled.agentsOnLine()).isEqualTo(20);
        assertThat(scheduled.agents()).as("⌈20 / 0.7⌉").isEqualTo(29);
        assertThat(scheduled.serviceLevel()).isCloseTo(0.8165, within(0.00005));
        assertThat(evaluated.agentsOnLine()).as("⌊29 × 0.7⌋").isEqualTo(20);
        assertThat(evaluated.serviceLevel()).isEqualTo(scheduled.serviceLevel());
    }

    @Test
    void concurrencyDividesTheHandleTimeByItsFactor() {
        StaffingResult chat = calculate(new StaffingRequest(60.0, 900.0, 600.0, 20.0, null, 0.8, null, null, null, 2.5, null));

        assertThat(chat.agents()).as("600 s at factor 2.5 works like 240 s").isEqualTo(20);
        assertThat(chat.occupancy()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void withPatienceTheAnswerIncludesAbandonmentAndNeedsNoMoreAgents() {
        StaffingResult patient = calculate(new StaffingRequest(60.0, 900.0, 240.0, 20.0, null, 0.8, null, null, 180.0, null, null));

        assertThat(patient.abandonment()).isNotNull().isBetween(0.0, 0.05);
        assertThat(patient.agents()).isLessThanOrEqualTo(20);
        assertThat(calculate(guideExample(null, 0.8)).abandonment()).isNull();
    }

    @Test
    void aForecastIsStaffedIntervalByInterval() {
        StaffingRequest plan = new StaffingRequest(null, 900.0, 240.0, 20.0, null, 0.8, null, null, null, null, 0.3);

        int[] agents = StaffingCalculator.agentsPerInterval(new double[] {60, 0, 120, 60}, plan);

        assertThat(agents).containsExactly(29, 0, (int) Math.ceil(calculate(plan.withContacts(120)).agentsOnLine() / 0.7), 29);
        assertThat(agents[2]).isGreaterThan(agents[0]);
    }

    @Test
    void noContactsNeedNoAgents() {
        StaffingResult none = calculate(new StaffingRequest(0.0, 900.0, 240.0, 20.0, null, 0.8, null, null, null, null, 0.3));

        assertThat(none.agents()).isZero();
        assertThat(none.serviceLevel()).isEqualTo(1.0);
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> new StaffingRequest(-1.0, 900.0, 240.0, 20.0, 5, null, null, null, null, null, null).validate())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("contacts"));
        assertThatThrownBy(() -> new StaffingRequest(60.0, 0.0, 240.0, 20.0, 5, null, null, null, null, null, null).validate())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("intervalSeconds"));
        assertThatThrownBy(() -> guideExample(null, 1.0).validate())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("targetServiceLevel"));
        assertThatThrownBy(() -> guideExample(null, null).validate())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("agents"));
        assertThatThrownBy(() -> guideExample(20, 0.8).validate())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("agents"));
        assertThatThrownBy(() -> new StaffingRequest(60.0, 900.0, 240.0, 20.0, 5, null, null, null, null, 0.5, null).validate())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("concurrency"));
        assertThatThrownBy(() -> new StaffingRequest(60.0, 900.0, 240.0, 20.0, 5, null, null, null, null, null, 1.0).validate())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("shrinkage"));
    }

    @Test
    void aTargetBeyondAHundredThousandAgentsIsUnreachable() {
        StaffingRequest flood = new StaffingRequest(1e9, 900.0, 240.0, 20.0, null, 0.8, null, null, null, null, null);

        assertThatThrownBy(() -> calculate(flood)).isInstanceOf(UnprocessableException.class).hasMessageContaining("100000");
    }
}
