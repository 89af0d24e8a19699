package dev.frontline.workforce.staffing;

/** A queueing model of one interval's traffic: what a number of agents on line achieves. */
public interface QueueModel {

    Performance withAgents(int agents);

    /** Offered load in Erlangs (arrival rate × effective handle time). */
    double erlangs();
}
