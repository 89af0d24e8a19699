package dev.frontline.conversations;

import dev.frontline.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What conversations need to know about inboxes. Implemented by the channels module, which owns
 * inboxes, so that the dependency points from channels to conversations only.
 */
public interface InboxDirectory {

    record InboxRef(UUID id, String name, String channel) {
    }

    Optional<InboxRef> find(WorkspaceId workspace, UUID inboxId);

    List<InboxRef> all(WorkspaceId workspace);
}
