package dev.frontline.channels.chat;

import dev.frontline.shared.WorkspaceId;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a public article is read in the workspace's help center ({@code /help/<slug>/<language>/articles/<id>},
 * relative to this application). The help center module depends on channels, so channels cannot call it; like the
 * inbox read model, this reads the one column it needs ({@code help_centers.slug}) directly. No link when the
 * workspace's help center is not enabled.
 */
@Component
class HelpCenterLinks {

    private final JdbcClient jdbc;

    HelpCenterLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> base(WorkspaceId workspace) {
        return jdbc.sql("select slug from help_centers where workspace_id = ? and enabled")
                .param(workspace.value()).query(String.class).optional().map(slug -> "/help/" + slug + "/");
    }

    static @Nullable String article(@Nullable String base, String language, UUID articleId) {
        return base == null ? null : base + language + "/articles/" + articleId;
    }
}
