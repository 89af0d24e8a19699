package dev.frontline.workforce.forecast;

/**
 * The baseline: each interval of the week forecast as the mean of the same interval over the last (up to) eight
 * weeks of history. Needs one full week.
 */
public final class SameIntervalAverage implements ForecastMethod {

    static final int WEEKS = 8;

    @Override
    public String name() {
        return "SAME_INTERVAL_AVERAGE";
    }

    @Override
    public boolean canForecast(double[] history, Seasons seasons) {
        return history.length >= seasons.perWeek();
    }

    @Override
    public double[] forecast(double[] history, Seasons seasons, int horizon) {
        int week = seasons.perWeek();
        double[] forecast = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            int slot = (history.length + h) % week;
            int last = history.length - 1 - Math.floorMod(history.length - 1 - slot, week);
            double sum = 0;
            int weeks = 0;
            for (int t = last; t >= 0 && weeks < WEEKS; t -= week) {
                sum += history[t];
                weeks++;
            }
            forecast[h] = sum / weeks;
        }
        return forecast;
    }
}
