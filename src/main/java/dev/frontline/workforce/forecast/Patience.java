package dev.frontline.workforce.forecast;

import org.jspecify.annotations.Nullable;

/**
 * Customers' mean patience from the queue's abandonments, for Erlang A. With exponential patience (what Erlang A
 * assumes) the maximum-likelihood estimate is the total time all contacts spent waiting (those answered or set
 * aside had at least that much patience; censored) divided by the number who abandoned. Fewer than
 * {@value #MIN_ABANDONED} abandonments say too little, and the forecast stays with Erlang C.
 */
public final class Patience {

    static final int MIN_ABANDONED = 10;

    private double waitedSeconds;
    private int abandoned;

    public void add(double waitedSeconds, boolean abandonedWaiting) {
        this.waitedSeconds += waitedSeconds;
        if (abandonedWaiting) {
            abandoned++;
        }
    }

    public @Nullable Double meanSeconds() {
        return abandoned < MIN_ABANDONED ? null : waitedSeconds / abandoned;
    }
}
