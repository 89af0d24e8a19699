package dev.frontline.sla.report;

import java.util.Arrays;

/** Durations collected in microseconds, then their median and 90th percentile (nearest rank). */
final class Distribution {

    private long[] values = new long[16];
    private int size;
    private boolean sorted = true;

    void add(long micros) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = micros;
        sorted = false;
    }

    int size() {
        return size;
    }

    /** The smallest value at least {@code percent}% of the values are at or below (nearest-rank method); 0 when empty. */
    long percentile(int percent) {
        if (size == 0) {
            return 0;
        }
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
        int rank = (int) Math.ceil(percent / 100.0 * size);
        return values[Math.max(0, rank - 1)];
    }

    long mean() {
        long sum = 0;
        for (int i = 0; i < size; i++) {
            sum += values[i];
        }
        return size == 0 ? 0 : sum / size;
    }
}
