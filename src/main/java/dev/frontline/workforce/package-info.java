/**
 * Workforce management: how many agents a queue needs. Staffing answers, for a volume of contacts per
 * interval and a handle time, the service level, probability of waiting, speed of answer, occupancy and
 * (with known customer patience) abandonment of a number of agents, or the fewest agents that meet a target,
 * with Erlang C or Erlang A, chat concurrency, an occupancy cap and shrinkage ({@code workforce.staffing}).
 * The forecast ({@code workforce.forecast}) counts a queue's arrivals from routing's queue history, backtests an
 * 8-week same-interval average against double seasonal Holt-Winters, forecasts with the better one, forecasts handle
 * times and patience from history, closes the business calendar's holidays and staffs each interval; intraday
 * ({@code workforce.intraday}) re-forecasts the rest of today from its actuals and suggests actions. Activity
 * ({@code workforce.activity}) logs agents' presence states and the contacts they handle (listening to presence and
 * conversations) for adherence and the daily work report. Owns the planners' special-day adjustments, the state
 * history and the handled contacts; publishes no events.
 */
@NullMarked
package dev.frontline.workforce;

import org.jspecify.annotations.NullMarked;
