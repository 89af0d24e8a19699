package dev.frontline.realtime;

import dev.frontline.shared.WorkspaceId;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live stream for other modules' real-time endpoints (the chat widget's socket): subscribe to every
 * workspace's committed events as they reach this node, from whichever node they happened on, and
 * publish short-lived signals (typing) that go to the live streams of all nodes without being domain
 * events (no webhook, no timeline). Best effort, like the stream itself.
 */
@Service
public class LiveEvents {

    /** A committed event (or signal) as the live stream carries it: its public type and JSON body. */
    public record Committed(WorkspaceId workspaceId, String type, String json) {
    }

    private final LiveListeners listeners;
    private final LiveFanOut fanOut;
    private final JsonMapper json;

    LiveEvents(LiveListeners listeners, LiveFanOut fanOut, JsonMapper json) {
        this.listeners = listeners;
        this.fanOut = fanOut;
        this.json = json;
    }

    /** Calls the listener on this node for every live event of every workspace, once committed. */
    public void subscribe(Consumer<Committed> listener) {
        listeners.add(listener);
    }

    /** Sends a signal to every node's live streams (staff of the workspace) and subscribers. */
    public void signal(WorkspaceId workspace, String type, Object body) {
        fanOut.publish(new LiveMessage(workspace, type, false, json.writeValueAsString(body)));
    }
}
