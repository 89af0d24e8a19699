package dev.frontline.sla.report;

import java.time.Duration;
import java.util.OptionalDouble;

/**
 * The service-level arithmetic, kept apart from any data: counts answered and abandoned contacts by their
 * wait and answers the share met under the rule. See docs/modules/module-sla.adoc for the formulas.
 */
public final class ServiceLevelTally {

    private final ServiceLevelRule rule;
    private long answered;
    private long answeredWithin;
    private long abandoned;
    private long abandonedWithin;
    private long shortAbandons;
    private Duration answeredWait = Duration.ZERO;

    public ServiceLevelTally(ServiceLevelRule rule) {
        this.rule = rule;
    }

    public void answered(Duration wait) {
        answered++;
        answeredWait = answeredWait.plus(wait);
        if (rule.within(wait)) {
            answeredWithin++;
        }
    }

    public void abandoned(Duration wait) {
        if (rule.isShortAbandon(wait)) {
            shortAbandons++;
            return;
        }
        abandoned++;
        if (rule.within(wait)) {
            abandonedWithin++;
        }
    }

    /** The share met, 0 to 1; empty when nothing counts (no contacts, or only ignored abandons). */
    public OptionalDouble serviceLevel() {
        long met = rule.abandons() == AbandonTreatment.MET_WITHIN_THRESHOLD ? answeredWithin + abandonedWithin : answeredWithin;
        long counted = rule.abandons() == AbandonTreatment.IGNORED ? answered : answered + abandoned;
        return counted == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) met / counted);
    }

    /** Average speed of answer: the mean wait of answered contacts. */
    public Duration averageSpeedOfAnswer() {
        return answered == 0 ? Duration.ZERO : answeredWait.dividedBy(answered);
    }

    /** Abandoned / offered, short abandons left out of both. */
    public OptionalDouble abandonRate() {
        long offered = answered + abandoned;
        return offered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) abandoned / offered);
    }

    public long answered() {
        return answered;
    }

    public long answeredWithin() {
        return answeredWithin;
    }

    public long abandoned() {
        return abandoned;
    }

    public long abandonedWithin() {
        return abandonedWithin;
    }

    public long shortAbandons() {
        return shortAbandons;
    }
}
