package dev.frontline.workforce.schedule;

/** A schedule's solve: waiting for a node, being solved, done, or failed. Publishing is separate (published_at). */
public enum ScheduleStatus { QUEUED, SOLVING, SOLVED, FAILED }
