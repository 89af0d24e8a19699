package dev.frontline.sla;

/**
 * What an SLA target measures. A next-response clock starts with the first customer message after a reply
 * and runs until the next reply (further customer messages meanwhile do not push it back).
 */
public enum SlaMetric {
    FIRST_RESPONSE, NEXT_RESPONSE, RESOLUTION
}
