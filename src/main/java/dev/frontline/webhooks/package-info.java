/**
 * Outbound webhooks: per-workspace subscriptions to event types, signed JSON deliveries with retries
 * and exponential backoff, and a delivery log. Consumes every {@link dev.frontline.shared.WorkspaceEvent}
 * through the event publication registry, so no committed event is lost across a restart.
 */
@NullMarked
package dev.frontline.webhooks;

import org.jspecify.annotations.NullMarked;
