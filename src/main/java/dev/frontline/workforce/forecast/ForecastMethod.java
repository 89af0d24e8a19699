package dev.frontline.workforce.forecast;

/** Forecasts the next {@code horizon} intervals of a series that starts at the beginning of a week. */
public interface ForecastMethod {

    String name();

    /** Whether the history is long enough for this method. */
    boolean canForecast(double[] history, Seasons seasons);

    double[] forecast(double[] history, Seasons seasons, int horizon);
}
