/**
 * Service levels, starting with business hours: each workspace's calendar (time zone, weekly opening
 * hours, holidays) and optional per-team calendars, and the business-time arithmetic SLA clocks run on.
 * Other modules ask {@link dev.frontline.sla.BusinessHours} whether a workspace or team is open, when it
 * opens next, and how much business time lies between two instants; the arithmetic itself is the pure
 * value object {@link dev.frontline.sla.BusinessCalendar}.
 */
@NullMarked
package dev.frontline.sla;

import org.jspecify.annotations.NullMarked;
