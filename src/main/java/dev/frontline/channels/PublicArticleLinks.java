package dev.frontline.channels;

import dev.frontline.shared.WorkspaceId;
import java.util.Optional;

/**
 * Where customers read the workspace's public articles, for links a channel sends them (the chat's answer bot). The
 * help center implements it: it depends on channels, so channels asks through this interface instead of reading the
 * help center's tables.
 */
public interface PublicArticleLinks {

    /**
     * The path before {@code <language>/articles/<id>}, such as {@code /help/acme/}, relative to this application;
     * empty while the workspace's help center is not enabled.
     */
    Optional<String> base(WorkspaceId workspace);
}
