package dev.frontline.sla.internal;

import dev.frontline.sla.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;

/** How a clock counts: opening hours of a calendar, or every second of the day. */
interface ClockTime {

    ClockTime CALENDAR = new ClockTime() {
        @Override
        public Instant after(Instant from, Duration time) {
            return from.plus(time);
        }

        @Override
        public Duration between(Instant from, Instant to) {
            return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
        }
    };

    /** The instant at which {@code time} has been counted since {@code from}. */
    Instant after(Instant from, Duration time);

    /** The time counted from {@code from} to {@code to}; zero when {@code to} is not after {@code from}. */
    Duration between(Instant from, Instant to);

    static ClockTime business(BusinessCalendar calendar) {
        return new ClockTime() {
            @Override
            public Instant after(Instant from, Duration time) {
                return calendar.addBusinessTime(from, time);
            }

            @Override
            public Duration between(Instant from, Instant to) {
                return calendar.businessTimeBetween(from, to);
            }
        };
    }
}
