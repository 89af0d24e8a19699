package dev.frontline.workforce.schedule;

/**
 * An agent's working-time terms. Paid minutes exclude the unpaid lunch. Weekly terms apply to Monday-Sunday weeks;
 * for a week only partly inside the schedule the minimum hours and days off are prorated, the maxima are not.
 */
public record Contract(int minMinutesPerWeek, int maxMinutesPerWeek, int maxShiftsPerWeek, int minDaysOffPerWeek, int minRestMinutes) {

    public Contract {
        if (minMinutesPerWeek < 0 || maxMinutesPerWeek < minMinutesPerWeek || maxShiftsPerWeek < 0 || maxShiftsPerWeek > 7
                || minDaysOffPerWeek < 0 || minDaysOffPerWeek > 7 || minRestMinutes < 0) {
            throw new IllegalArgumentException("inconsistent contract");
        }
    }

    /** 32-40 paid hours over at most 5 shifts, 2 days off, 11 hours of rest (the EU working-time minimum). */
    public static Contract fullTime() {
        return new Contract(32 * 60, 40 * 60, 5, 2, 11 * 60);
    }

    public int minMinutesIn(int daysInWeek) {
        return minMinutesPerWeek * daysInWeek / 7;
    }

    public int minDaysOffIn(int daysInWeek) {
        return minDaysOffPerWeek * daysInWeek / 7;
    }
}
