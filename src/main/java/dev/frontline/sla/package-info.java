/**
 * Service levels, starting with business hours: each workspace's calendar (time zone, weekly opening
 * hours, holidays) and optional per-team calendars, and the business-time arithmetic SLA clocks run on.
 * Other modules ask {@link dev.frontline.sla.BusinessHours} whether a workspace or team is open, when it
 * opens next, and how much business time lies between two instants; the arithmetic itself is the pure
 * value object {@link dev.frontline.sla.BusinessCalendar}. It keeps SLA clocks per conversation and metric
 * ({@link dev.frontline.sla.SlaMetric}) by the workspace's policies, following the conversations' events, and
 * publishes {@link dev.frontline.sla.SlaWarning}, {@link dev.frontline.sla.SlaBreached} and
 * {@link dev.frontline.sla.SlaPolicyChanged}.
 */
@NullMarked
package dev.frontline.sla;

import org.jspecify.annotations.NullMarked;
