package dev.frontline.realtime;

import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;

/**
 * A committed event as the live stream sends it: its workspace, public type, audience and JSON body, and
 * whose open streams it ends (a deactivated member's), on every node.
 */
record LiveMessage(WorkspaceId workspaceId, String type, boolean supervisorsOnly, String json,
                   @Nullable UserId closesStreamsOf) {

    LiveMessage(WorkspaceId workspaceId, String type, boolean supervisorsOnly, String json) {
        this(workspaceId, type, supervisorsOnly, json, null);
    }
}
