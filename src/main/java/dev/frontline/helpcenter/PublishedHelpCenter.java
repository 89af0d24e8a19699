package dev.frontline.helpcenter;

import dev.frontline.shared.WorkspaceId;

/** An enabled help center as its public pages need it: the workspace, its settings and the name to show. */
public record PublishedHelpCenter(WorkspaceId workspaceId, HelpCenterSettings settings, String displayName,
                                  String defaultLanguage) {
}
