package dev.frontline.conversations;

/** Where a conversation stands. Closed is final; the others reopen when the customer writes again. */
public enum Status {
    OPEN, PENDING, SNOOZED, RESOLVED, CLOSED
}
