package dev.frontline.workforce.intraday;

/**
 * Re-forecasts the rest of a day from its actuals so far: the intervals still to come (and the one under way) get
 * the day's forecast scaled by actual / forecast over the intervals already over. The ratio waits for
 * {@value #MIN_FORECAST} forecast contacts in the intervals over: earlier, a handful of contacts would swing the
 * whole day, so the forecast stands (ratio 1).
 */
public record Reforecast(double ratio, double[] remaining) {

    static final double MIN_FORECAST = 5;

    /** {@code forecast} and {@code actual} per interval of the day; the first {@code over} intervals have ended. */
    public static Reforecast of(double[] forecast, double[] actual, int over) {
        double forecastSoFar = 0;
        double actualSoFar = 0;
        for (int i = 0; i < over; i++) {
            forecastSoFar += forecast[i];
            actualSoFar += actual[i];
        }
        double ratio = forecastSoFar < MIN_FORECAST ? 1 : actualSoFar / forecastSoFar;
        double[] remaining = new double[forecast.length];
        for (int i = over; i < forecast.length; i++) {
            remaining[i] = forecast[i] * ratio;
        }
        return new Reforecast(ratio, remaining);
    }
}
