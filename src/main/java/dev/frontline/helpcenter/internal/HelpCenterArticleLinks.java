package dev.frontline.helpcenter.internal;

import dev.frontline.channels.PublicArticleLinks;
import dev.frontline.shared.WorkspaceId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Links to articles in the workspace's help center, while it is enabled. */
@Component
class HelpCenterArticleLinks implements PublicArticleLinks {

    private final JdbcClient jdbc;

    HelpCenterArticleLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> base(WorkspaceId workspace) {
        return jdbc.sql("select slug from help_centers where workspace_id = ? and enabled")
                .param(workspace.value()).query(String.class).optional().map(slug -> "/help/" + slug + "/");
    }
}
