package dev.frontline.routing;

/**
 * How a queue orders the agents it may offer to; the first eligible one with a free place gets the offer.
 * LONGEST_IDLE: oldest last offer first. LEAST_OCCUPIED: lowest share of total capacity in use first.
 * ROUND_ROBIN: oldest last offer from this queue first, so the queue's agents take turns. MOST_SKILLED:
 * highest proficiency in the queue's required skill first. Ties go longest idle first.
 */
public enum AgentSelection { LONGEST_IDLE, LEAST_OCCUPIED, ROUND_ROBIN, MOST_SKILLED }
