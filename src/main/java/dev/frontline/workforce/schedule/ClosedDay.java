package dev.frontline.workforce.schedule;

import java.time.LocalDate;

/** A public holiday of the business calendar: nobody is scheduled. */
public record ClosedDay(int dayIndex, LocalDate date) {
}
