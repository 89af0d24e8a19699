package dev.frontline.workforce.intraday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReforecastTests {

    @Test
    void theRestOfTheDayIsScaledByActualOverForecastSoFar() {
        double[] forecast = {10, 10, 20, 20, 10};
        double[] actual = {12, 18, 3, 0, 0};

        Reforecast reforecast = Reforecast.of(forecast, actual, 2);

        assertThat(reforecast.ratio()).isCloseTo(1.5, within(1e-12));
        assertThat(reforecast.remaining()).containsExactly(0, 0, 30, 30, 15);
    }

    @Test
    void beforeEnoughForecastContactsHavePassedTheForecastStands() {
        Reforecast reforecast = Reforecast.of(new double[] {2, 2, 10}, new double[] {8, 0, 0}, 1);

        assertThat(reforecast.ratio()).isEqualTo(1);
        assertThat(reforecast.remaining()[2]).isEqualTo(10);
    }

    @Test
    void volumeBelowForecastLowersTheRestOfTheDay() {
        Reforecast reforecast = Reforecast.of(new double[] {10, 10, 10}, new double[] {5, 5, 0}, 2);

        assertThat(reforecast.ratio()).isEqualTo(0.5);
        assertThat(reforecast.remaining()[2]).isEqualTo(5);
    }
}
