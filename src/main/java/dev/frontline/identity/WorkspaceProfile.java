package dev.frontline.identity;

import dev.frontline.shared.WorkspaceId;
import java.util.List;

/**
 * A workspace's name, home time zone (business hours and reports use it unless a member set their own)
 * and the languages it serves customers in, the default first among them.
 */
public record WorkspaceProfile(WorkspaceId id, String name, String timezone, List<String> languages,
                               String defaultLanguage) {
}
