package dev.frontline.workflows;

/** RUNNING until a leaf is reached (COMPLETED) or the agent leaves it (ABANDONED: stopped, or another workflow started). */
public enum RunStatus { RUNNING, COMPLETED, ABANDONED }
