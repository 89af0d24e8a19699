package dev.frontline.workforce.staffing;

import org.jspecify.annotations.Nullable;

/**
 * What a queue model predicts for a number of agents on line. Rates are fractions of offered contacts, times
 * are seconds. {@code averageSpeedOfAnswer} is null when the queue grows without bound (Erlang C with no more
 * agents than the traffic); {@code abandonment} is null when the model has no patience (Erlang C).
 */
public record Performance(int agents, double serviceLevel, double probabilityOfWaiting,
                          @Nullable Double averageSpeedOfAnswer, double occupancy, @Nullable Double abandonment) {
}
