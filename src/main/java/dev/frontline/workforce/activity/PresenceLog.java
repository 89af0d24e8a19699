package dev.frontline.workforce.activity;

import dev.frontline.presence.AgentPresenceChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Logs every presence change as the start of a state. The event carries its own instants, so a late or repeated
 * delivery writes the same rows; the previous state is logged too (if not yet), so the history has no hole before
 * the first change workforce saw.
 */
@Component
class PresenceLog {

    private final ActivityStore store;

    PresenceLog(ActivityStore store) {
        this.store = store;
    }

    @ApplicationModuleListener
    void on(AgentPresenceChanged changed) {
        if (changed.previousSince() != null && changed.previousSince().isBefore(changed.since())) {
            store.insertState(changed.workspaceId(), changed.userId(), changed.previousSince(), changed.previousStatus(), null);
        }
        store.recordState(changed.workspaceId(), changed.userId(), changed.since(), changed.status(), changed.reason());
    }
}
