package dev.frontline.sla.report;

import java.time.Duration;

/**
 * A workspace's service-level definition: the threshold T, how abandons count, and how short an abandon
 * must be to leave the count altogether ({@code shortAbandon} zero: none is short).
 */
public record ServiceLevelRule(Duration threshold, AbandonTreatment abandons, Duration shortAbandon) {

    public static final ServiceLevelRule DEFAULT =
            new ServiceLevelRule(Duration.ofSeconds(20), AbandonTreatment.MET_WITHIN_THRESHOLD, Duration.ZERO);

    /** Answered or abandoned within the threshold, its end included ("within 20 s" takes a wait of 20 s). */
    boolean within(Duration wait) {
        return wait.compareTo(threshold) <= 0;
    }

    /** Abandoned so soon (strictly under {@code shortAbandon}) that it is left out of numerator and denominator. */
    boolean isShortAbandon(Duration wait) {
        return wait.compareTo(shortAbandon) < 0;
    }
}
