package dev.frontline.routing.internal;

import dev.frontline.routing.ChannelKind;
import dev.frontline.routing.RoutingProfile;
import java.time.Duration;
import java.util.Optional;

/**
 * The expected-wait method, shared by the live API ({@code QueueStates}) and the simulator, which measures its error.
 * An arrival at {@code position} (waiting ahead of it plus one) in a queue whose agents have {@code free} places now and
 * {@code slots} places in all: within the free places it waits about the mean {@code accept} time; beyond them, each
 * place frees on average every mean {@code handle} time, so about {@code accept + (position - free) x handle / slots}.
 * Empty when nobody may serve the queue ({@code slots == 0}). It ignores abandonment (then an overestimate).
 */
public final class WaitEstimate {

    private WaitEstimate() {
    }

    public static Optional<Duration> expectedWait(long position, long free, long slots, Duration accept, Duration handle) {
        if (slots == 0) {
            return Optional.empty();
        }
        if (position <= free) {
            return Optional.of(accept);
        }
        return Optional.of(accept.plus(handle.multipliedBy(position - free).dividedBy(slots)));
    }

    /** Places free on the channel now: its capacity minus what the agent holds there, within their total. */
    public static long freePlaces(RoutingProfile.Capacity capacity, int[] load, ChannelKind kind) {
        int total = 0;
        for (int n : load) {
            total += n;
        }
        return Math.max(0, Math.min(capacity.of(kind) - load[kind.ordinal()], capacity.total() - total));
    }
}
