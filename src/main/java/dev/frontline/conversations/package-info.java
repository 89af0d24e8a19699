/**
 * Conversations with customers across every channel: their status, priority, assignment, tags and
 * timeline, and the messages, internal notes and attachments in them. Knows contacts and inboxes by
 * id only (inboxes through the {@link dev.frontline.conversations.InboxDirectory} contract that
 * {@code channels} implements) and publishes an event for every change.
 */
@NullMarked
package dev.frontline.conversations;

import org.jspecify.annotations.NullMarked;
