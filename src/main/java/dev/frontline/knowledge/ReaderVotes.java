package dev.frontline.knowledge;

import dev.frontline.shared.WorkspaceId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * "Was this helpful?" answers given outside the workspace, for article analytics. {@code knowledge} owns this
 * contract and the help center implements it, so knowledge reads the answers without depending on the help center.
 */
public interface ReaderVotes {

    record Votes(long helpful, long notHelpful) {
    }

    /** Each article's answers last given in {@code [from, to)}; articles without any are left out. */
    Map<UUID, Votes> between(WorkspaceId workspace, Instant from, Instant to);
}
