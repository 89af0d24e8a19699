package dev.frontline.sla.report;

/**
 * How abandoned contacts count in a service level. The industry uses all three; a workspace picks one
 * ({@link ServiceLevelRule}) and every report says which.
 */
public enum AbandonTreatment {
    /** answered within T / answered. */
    IGNORED,
    /** answered within T / (answered + abandoned). */
    AGAINST,
    /** (answered within T + abandoned within T) / (answered + abandoned). */
    MET_WITHIN_THRESHOLD
}
