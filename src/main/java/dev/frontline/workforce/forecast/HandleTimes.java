package dev.frontline.workforce.forecast;

import org.jspecify.annotations.Nullable;

/**
 * The handle time forecast: for each interval of the week, the mean handle time of the contacts that arrived in
 * that interval of the week over the whole history (each contact weighs the same, so busy weeks count more); an
 * interval of the week with fewer than {@value #MIN_CONTACTS} timed contacts takes the mean over all of them. Handle
 * times change slowly and are noisy per interval, which is why this is an average and not smoothed per interval.
 */
public final class HandleTimes {

    static final int MIN_CONTACTS = 3;

    private final double[] secondsBySlot;
    private final int[] contactsBySlot;
    private int contacts;
    private double seconds;

    public HandleTimes(Seasons seasons) {
        secondsBySlot = new double[seasons.perWeek()];
        contactsBySlot = new int[seasons.perWeek()];
    }

    /** A contact that arrived in interval {@code index} of a history starting at a week's start, handled for {@code handleSeconds}. */
    public void add(int index, double handleSeconds) {
        int slot = index % secondsBySlot.length;
        secondsBySlot[slot] += handleSeconds;
        contactsBySlot[slot]++;
        seconds += handleSeconds;
        contacts++;
    }

    /** The mean over all timed contacts; null when none was timed. */
    public @Nullable Double overall() {
        return contacts == 0 ? null : seconds / contacts;
    }

    public int timedContacts() {
        return contacts;
    }

    /** The forecast for interval {@code index} counted from a week's start; null when nothing was timed. */
    public @Nullable Double forecast(int index) {
        int slot = index % secondsBySlot.length;
        return contactsBySlot[slot] >= MIN_CONTACTS ? Double.valueOf(secondsBySlot[slot] / contactsBySlot[slot]) : overall();
    }
}
