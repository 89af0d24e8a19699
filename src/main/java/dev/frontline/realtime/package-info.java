/**
 * Live updates for the web UI: a server-sent-event stream of the caller's workspace events, filtered
 * by role. Best effort by design: a client that reconnects reloads what it shows.
 */
@NullMarked
package dev.frontline.realtime;

import org.jspecify.annotations.NullMarked;
