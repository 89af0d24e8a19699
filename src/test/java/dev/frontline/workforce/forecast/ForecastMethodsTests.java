package dev.frontline.workforce.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Synthetic contact volumes with a known mean per interval (the truth), Poisson noise drawn from a fixed seed. */
class ForecastMethodsTests {

    private static final Seasons HALF_HOURS = new Seasons(48);
    private static final int WEEK = HALF_HOURS.perWeek();

    /** Busy 9-17 on weekdays (peak at 11), a quarter of that at weekends, nearly nothing at night, times {@code scale}. */
    private static double truth(int t, double scale) {
        int slot = t % 48;
        int day = (t / 48) % 7;
        double hour = slot / 2.0;
        double intraday = hour < 8 || hour >= 20 ? 0.5 : 4 + 16 * Math.exp(-Math.pow(hour - 11, 2) / 8) + 8 * Math.exp(-Math.pow(hour - 15, 2) / 6);
        return scale * intraday * (day >= 5 ? 0.25 : 1);
    }

    private static double[] observed(int weeks, IntToDoubleFunction mean, long seed) {
        Random random = new Random(seed);
        double[] series = new double[weeks * WEEK];
        for (int t = 0; t < series.length; t++) {
            series[t] = poisson(mean.applyAsDouble(t), random);
        }
        return series;
    }

    private static int poisson(double mean, Random random) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private static double wapeAgainstTruth(double[] forecast, int start, IntToDoubleFunction mean) {
        double[] truth = new double[forecast.length];
        for (int h = 0; h < forecast.length; h++) {
            truth[h] = mean.applyAsDouble(start + h);
        }
        return Backtest.score("", truth, forecast).wape();
    }

    @Test
    void onAStableWeeklyPatternBothMethodsFindTheTruth() {
        IntToDoubleFunction mean = t -> truth(t, 1);
        double[] history = observed(10, mean, 42);

        double[] baseline = new SameIntervalAverage().forecast(history, HALF_HOURS, 2 * WEEK);
        double[] holtWinters = new DoubleSeasonalHoltWinters().forecast(history, HALF_HOURS, 2 * WEEK);

        assertThat(wapeAgainstTruth(baseline, history.length, mean)).isLessThan(0.12);
        assertThat(wapeAgainstTruth(holtWinters, history.length, mean)).isLessThan(0.12);
    }

    @Test
    void theBaselineAveragesTheSameIntervalOfTheLastEightWeeks() {
        double[] history = new double[10 * WEEK];
        for (int week = 0; week < 10; week++) {
            history[week * WEEK + 5] = week;
        }

        double[] forecast = new SameIntervalAverage().forecast(history, HALF_HOURS, WEEK + 6);

        assertThat(forecast[5]).as("weeks 2..9").isEqualTo((2 + 3 + 4 + 5 + 6 + 7 + 8 + 9) / 8.0);
        assertThat(forecast[WEEK + 5]).isEqualTo(forecast[5]);
        assertThat(forecast[4]).isZero();
    }

    @Test
    void whenVolumeGrowsHoltWintersFollowsAndWinsTheBacktest() {
        IntToDoubleFunction growing = t -> truth(t, 1 + t / (double) WEEK * 0.08);
        double[] history = observed(10, growing, 7);

        Backtest.Result result = Backtest.run(history, HALF_HOURS, List.of(new SameIntervalAverage(), new DoubleSeasonalHoltWinters()));
        double[] holtWinters = new DoubleSeasonalHoltWinters().forecast(history, HALF_HOURS, WEEK);
        double[] baseline = new SameIntervalAverage().forecast(history, HALF_HOURS, WEEK);

        assertThat(result.best()).isEqualTo("HOLT_WINTERS");
        assertThat(result.scores()).extracting(Backtest.Score::method).containsExactly("SAME_INTERVAL_AVERAGE", "HOLT_WINTERS");
        assertThat(wapeAgainstTruth(holtWinters, history.length, growing)).isLessThan(wapeAgainstTruth(baseline, history.length, growing));
    }

    @Test
    void wapeAndMapeAreComputedAsDefined() {
        Backtest.Score score = Backtest.score("m", new double[] {10, 0, 30}, new double[] {12, 1, 27});

        assertThat(score.wape()).isCloseTo((2 + 1 + 3) / 40.0, within(1e-12));
        assertThat(score.mape()).as("intervals without contacts are left out").isCloseTo((0.2 + 0.1) / 2, within(1e-12));
    }

    @Test
    void tooShortAHistoryForHoltWintersLeavesTheBaseline() {
        double[] history = observed(2, t -> truth(t, 1), 1);

        Backtest.Result result = Backtest.run(history, HALF_HOURS, List.of(new SameIntervalAverage(), new DoubleSeasonalHoltWinters()));

        assertThat(result.best()).isEqualTo("SAME_INTERVAL_AVERAGE");
        assertThat(result.scores()).extracting(Backtest.Score::method).containsExactly("SAME_INTERVAL_AVERAGE");
    }
}
