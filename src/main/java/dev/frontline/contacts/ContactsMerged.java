package dev.frontline.contacts;

import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;

/**
 * {@code merged} was folded into {@code survivor}. Listeners that hold contact ids move them over in
 * the same transaction, so nothing points at the merged contact afterwards.
 */
public record ContactsMerged(WorkspaceId workspaceId, ContactId survivor, ContactId merged) implements WorkspaceEvent {
}
