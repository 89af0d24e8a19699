/**
 * Workforce management: how many agents a queue needs. Staffing answers, for a volume of contacts per
 * interval and a handle time, the service level, probability of waiting, speed of answer, occupancy and
 * (with known customer patience) abandonment of a number of agents, or the fewest agents that meet a target,
 * with Erlang C or Erlang A, chat concurrency, an occupancy cap and shrinkage ({@code workforce.staffing}).
 * Forecast methods (8-week same-interval average, double seasonal Holt-Winters, backtests) are in
 * {@code workforce.forecast}. Owns no data yet and publishes no events.
 */
@NullMarked
package dev.frontline.workforce;

import org.jspecify.annotations.NullMarked;
