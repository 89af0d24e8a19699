package dev.frontline.workforce.forecast;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Judges forecast methods on the history itself: each forecasts the last week from what came before, and its errors
 * against what happened are WAPE (Σ|actual − forecast| / Σ actual) and MAPE (mean of |actual − forecast| / actual
 * over intervals with contacts). The method with the lower WAPE wins; the baseline on a tie.
 */
public final class Backtest {

    public record Score(String method, @Nullable Double wape, @Nullable Double mape) {
    }

    public record Result(List<Score> scores, String best) {
    }

    private Backtest() {
    }

    /** {@code methods} in order of preference on a tie; the first must forecast from one week (the baseline). */
    public static Result run(double[] history, Seasons seasons, List<ForecastMethod> methods) {
        int week = seasons.perWeek();
        List<Score> scores = new ArrayList<>();
        String best = methods.getFirst().name();
        double bestWape = Double.POSITIVE_INFINITY;
        if (history.length < 2 * week) {
            return new Result(scores, best);
        }
        double[] fit = java.util.Arrays.copyOf(history, history.length - week);
        double[] actual = java.util.Arrays.copyOfRange(history, history.length - week, history.length);
        for (ForecastMethod method : methods) {
            if (!method.canForecast(fit, seasons)) {
                continue;
            }
            Score score = score(method.name(), actual, method.forecast(fit, seasons, week));
            scores.add(score);
            if (score.wape() != null && score.wape() < bestWape) {
                bestWape = score.wape();
                best = method.name();
            }
        }
        return new Result(scores, best);
    }

    static Score score(String method, double[] actual, double[] forecast) {
        double absoluteErrors = 0;
        double volume = 0;
        double percentages = 0;
        int counted = 0;
        for (int t = 0; t < actual.length; t++) {
            double error = Math.abs(actual[t] - forecast[t]);
            absoluteErrors += error;
            volume += actual[t];
            if (actual[t] > 0) {
                percentages += error / actual[t];
                counted++;
            }
        }
        return new Score(method, volume > 0 ? absoluteErrors / volume : null, counted > 0 ? percentages / counted : null);
    }
}
