package dev.frontline.workforce.schedule;

import dev.frontline.shared.InvalidRequestException;
import java.time.DayOfWeek;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Contract terms in the hours people state them in. A contract template sets them all; an agent's overrides set only
 * those that differ from the template. {@code daysOff} is a fixed pattern (for example Saturday and Sunday): the
 * agent is never scheduled on those weekdays. Unset terms fall back to full time ({@link Contract#fullTime()}).
 */
public record ContractTerms(@Nullable Integer minHoursPerWeek, @Nullable Integer maxHoursPerWeek, @Nullable Integer maxDaysPerWeek,
                            @Nullable Integer minDaysOffPerWeek, @Nullable Integer minRestHours, @Nullable Set<DayOfWeek> daysOff) {

    public static ContractTerms none() {
        return new ContractTerms(null, null, null, null, null, null);
    }

    /** These terms where set, else {@code base}'s. */
    ContractTerms over(ContractTerms base) {
        return new ContractTerms(or(minHoursPerWeek, base.minHoursPerWeek), or(maxHoursPerWeek, base.maxHoursPerWeek),
                or(maxDaysPerWeek, base.maxDaysPerWeek), or(minDaysOffPerWeek, base.minDaysOffPerWeek), or(minRestHours, base.minRestHours),
                or(daysOff, base.daysOff));
    }

    /** The solver's contract; fails with a 400 on {@code field} when the terms contradict each other. */
    Contract contract(String field) {
        Contract standard = Contract.fullTime();
        try {
            return new Contract(minutes(minHoursPerWeek, standard.minMinutesPerWeek()), minutes(maxHoursPerWeek, standard.maxMinutesPerWeek()),
                    maxDaysPerWeek == null ? standard.maxShiftsPerWeek() : maxDaysPerWeek,
                    minDaysOffPerWeek == null ? standard.minDaysOffPerWeek() : minDaysOffPerWeek,
                    minutes(minRestHours, standard.minRestMinutes()));
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(field, "contract terms contradict each other (minimum above maximum, or out of range)");
        }
    }

    Set<DayOfWeek> fixedDaysOff() {
        return daysOff == null ? Set.of() : daysOff;
    }

    private static int minutes(@Nullable Integer hours, int defaultMinutes) {
        return hours == null ? defaultMinutes : hours * 60;
    }

    private static <T> @Nullable T or(@Nullable T value, @Nullable T fallback) {
        return value != null ? value : fallback;
    }
}
