/**
 * Agent presence: whether each staff member is available for work, busy, on a break, in training or
 * offline, since when and why. The state lives in the database so every node of a cluster agrees.
 * Routing and workforce management read it through {@link dev.frontline.presence.Presence}; every
 * change publishes {@link dev.frontline.presence.AgentPresenceChanged}. Signing in to the web UI makes an
 * offline member available, signing out or being deactivated makes them offline.
 */
@NullMarked
package dev.frontline.presence;

import org.jspecify.annotations.NullMarked;
