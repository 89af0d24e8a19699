package dev.frontline.workforce.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Handle times and patience estimated from synthetic contacts whose true means are known. */
class HandleTimesAndPatienceTests {

    private static final Seasons HALF_HOURS = new Seasons(48);

    private static double exponential(double mean, Random random) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    @Test
    void eachIntervalOfTheWeekGetsItsOwnMeanHandleTimeOverTheWeeks() {
        // Weekday mornings take 240 s on average, weekday afternoons 480 s; eight weeks of 20 contacts per interval.
        Random random = new Random(7);
        HandleTimes handleTimes = new HandleTimes(HALF_HOURS);
        int mondayTen = 20;
        int mondayFifteen = 30;
        for (int week = 0; week < 8; week++) {
            for (int contact = 0; contact < 20; contact++) {
                handleTimes.add(week * HALF_HOURS.perWeek() + mondayTen, exponential(240, random));
                handleTimes.add(week * HALF_HOURS.perWeek() + mondayFifteen, exponential(480, random));
            }
        }

        assertThat(handleTimes.forecast(mondayTen)).isCloseTo(240, within(240 * 0.1));
        assertThat(handleTimes.forecast(mondayFifteen)).isCloseTo(480, within(480 * 0.1));
        assertThat(handleTimes.forecast(3 * HALF_HOURS.perWeek() + mondayFifteen)).as("a later week's same interval").isEqualTo(handleTimes.forecast(mondayFifteen));
        assertThat(handleTimes.forecast(mondayTen + 1)).as("an interval without contacts takes the overall mean").isEqualTo(handleTimes.overall());
        assertThat(handleTimes.overall()).isCloseTo(360, within(360 * 0.1));
        assertThat(handleTimes.timedContacts()).isEqualTo(320);
    }

    @Test
    void withoutTimedContactsThereIsNoHandleTime() {
        assertThat(new HandleTimes(HALF_HOURS).forecast(5)).isNull();
    }

    @Test
    void patienceIsEstimatedFromWaitsCensoredByAnswersAndAbandonments() {
        // Customers' patience is exponential with mean 120 s; an agent answers after an exponential 60 s unless they leave first.
        Random random = new Random(11);
        Patience patience = new Patience();
        for (int contact = 0; contact < 20_000; contact++) {
            double patienceSeconds = exponential(120, random);
            double answerAfter = exponential(60, random);
            patience.add(Math.min(patienceSeconds, answerAfter), patienceSeconds < answerAfter);
        }

        assertThat(patience.meanSeconds()).isCloseTo(120, within(120 * 0.05));
    }

    @Test
    void tooFewAbandonmentsSayNothingAboutPatience() {
        Patience patience = new Patience();
        for (int contact = 0; contact < Patience.MIN_ABANDONED - 1; contact++) {
            patience.add(30, true);
        }

        assertThat(patience.meanSeconds()).isNull();
    }
}
