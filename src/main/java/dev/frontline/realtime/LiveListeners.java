package dev.frontline.realtime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** This node's in-process listeners of committed live events (see {@link LiveEvents#subscribe}). */
@Component
class LiveListeners {

    private static final Logger log = LoggerFactory.getLogger(LiveListeners.class);

    private final List<Consumer<LiveEvents.Committed>> listeners = new CopyOnWriteArrayList<>();

    void add(Consumer<LiveEvents.Committed> listener) {
        listeners.add(listener);
    }

    void deliver(LiveMessage message) {
        if (listeners.isEmpty() || message.closesStreamsOf() != null) {
            return;
        }
        LiveEvents.Committed committed = new LiveEvents.Committed(message.workspaceId(), message.type(), message.json());
        for (Consumer<LiveEvents.Committed> listener : listeners) {
            try {
                listener.accept(committed);
            } catch (RuntimeException e) {
                log.warn("A live event listener failed: {}", e.toString());
            }
        }
    }
}
