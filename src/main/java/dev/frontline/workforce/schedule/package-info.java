/**
 * Shift scheduling with Timefold Solver: which agent works which shift, with its breaks and lunch, on each day of a
 * date range, so that every skill's required agents per 15-minute interval are covered. Hard rules (skills,
 * availability, time off, holidays, rest between shifts, meetings, contract limits) are never broken; coverage
 * shortfall weighs most among the soft goals, then over-staffing, preferences and weekend fairness.
 * Plain code without Spring: {@link dev.frontline.workforce.schedule.ScheduleProblem} builds a
 * {@link dev.frontline.workforce.schedule.WorkSchedule}, {@link dev.frontline.workforce.schedule.ShiftScheduler} solves it.
 */
@NullMarked
package dev.frontline.workforce.schedule;

import org.jspecify.annotations.NullMarked;
