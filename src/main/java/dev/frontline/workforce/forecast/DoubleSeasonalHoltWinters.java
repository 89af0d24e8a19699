package dev.frontline.workforce.forecast;

/**
 * Holt-Winters with two additive seasonal cycles, intraday and intraweek (Taylor, "Short-term electricity demand
 * forecasting using double seasonal exponential smoothing", 2003), in error-correction form: with the one-step
 * error e = x − (level + trend + day[i] + week[j]), level += trend + α·e, trend += β·e, day[i] += δ·e,
 * week[j] += ω·e. The week's component holds what distinguishes a weekday from the daily profile. Smoothing
 * parameters are picked from a small grid by the one-step squared error after the two weeks used to start the
 * components. Forecasts below zero are cut to zero. Needs two full weeks.
 */
public final class DoubleSeasonalHoltWinters implements ForecastMethod {

    private static final double[] ALPHAS = {0.02, 0.05, 0.1, 0.2};
    private static final double[] BETAS = {0, 0.005};
    private static final double[] DELTAS = {0.05, 0.1, 0.2};
    private static final double[] OMEGAS = {0.05, 0.1, 0.2};

    @Override
    public String name() {
        return "HOLT_WINTERS";
    }

    @Override
    public boolean canForecast(double[] history, Seasons seasons) {
        return history.length >= 2 * seasons.perWeek();
    }

    @Override
    public double[] forecast(double[] history, Seasons seasons, int horizon) {
        State best = null;
        for (double alpha : ALPHAS) {
            for (double beta : BETAS) {
                for (double delta : DELTAS) {
                    for (double omega : OMEGAS) {
                        State state = State.start(history, seasons);
                        state.smooth(history, alpha, beta, delta, omega);
                        if (best == null || state.squaredError < best.squaredError) {
                            best = state;
                        }
                    }
                }
            }
        }
        return best.project(history.length, horizon);
    }

    private static final class State {

        private final Seasons seasons;
        private final double[] day;
        private final double[] week;
        private double level;
        private double trend;
        private double squaredError;

        private State(Seasons seasons, double level, double[] day, double[] week) {
            this.seasons = seasons;
            this.level = level;
            this.day = day;
            this.week = week;
        }

        /** Level: the first two weeks' mean; day: each slot's mean deviation; week: what remains per slot of the week. */
        static State start(double[] history, Seasons seasons) {
            int weekLength = seasons.perWeek();
            int span = 2 * weekLength;
            double level = 0;
            for (int t = 0; t < span; t++) {
                level += history[t] / span;
            }
            double[] day = new double[seasons.perDay()];
            for (int t = 0; t < span; t++) {
                day[t % day.length] += (history[t] - level) / 14;
            }
            double[] week = new double[weekLength];
            for (int t = 0; t < span; t++) {
                week[t % weekLength] += (history[t] - level - day[t % day.length]) / 2;
            }
            return new State(seasons, level, day, week);
        }

        void smooth(double[] history, double alpha, double beta, double delta, double omega) {
            int warmUp = 2 * seasons.perWeek();
            for (int t = 0; t < history.length; t++) {
                int i = t % day.length;
                int j = t % week.length;
                double error = history[t] - (level + trend + day[i] + week[j]);
                if (t >= warmUp) {
                    squaredError += error * error;
                }
                level += trend + alpha * error;
                trend += beta * error;
                day[i] += delta * error;
                week[j] += omega * error;
            }
        }

        double[] project(int start, int horizon) {
            double[] forecast = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                int t = start + h;
                forecast[h] = Math.max(0, level + (h + 1) * trend + day[t % day.length] + week[t % week.length]);
            }
            return forecast;
        }
    }
}
