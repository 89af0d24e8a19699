/**
 * Guided workflows: decision trees (steps with instructions, questions whose answers branch, leaves with actions)
 * that supervisors author and agents walk through on a conversation. Owns the workflows, their versions, the runs
 * and their analytics; writes each step of a run on the conversation's timeline and applies a leaf's actions
 * through the owning modules (conversations, routing, cannedresponses, knowledge). Publishes nothing.
 */
@NullMarked
package dev.frontline.workflows;

import org.jspecify.annotations.NullMarked;
