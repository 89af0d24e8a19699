package dev.frontline.realtime;

import dev.frontline.shared.WorkspaceId;

/** A committed event as the live stream sends it: its workspace, public type, audience and JSON body. */
record LiveMessage(WorkspaceId workspaceId, String type, boolean supervisorsOnly, String json) {
}
