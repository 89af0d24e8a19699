package dev.frontline.identity;

import dev.frontline.identity.internal.StaffAccounts;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.WorkspaceId;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes workspace profiles; other modules read the time zone and languages here. */
@Service
public class WorkspaceProfiles {

    private final JdbcClient jdbc;

    WorkspaceProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public WorkspaceProfile profile(WorkspaceId workspace) {
        return jdbc.sql("select name, timezone, languages, default_language from workspaces where id = ?")
                .param(workspace.value())
                .query((rs, n) -> new WorkspaceProfile(workspace, rs.getString("name"), rs.getString("timezone"),
                        List.of(rs.getString("languages").split(",")), rs.getString("default_language")))
                .optional()
                .orElseThrow(() -> new NotFoundException("Workspace", workspace));
    }

    /**
     * Changes the fields given (null leaves one unchanged). Language tags are stored in canonical form;
     * the default language must be one of the languages, and when only the languages change and drop
     * the default, the first of them becomes the default.
     */
    @Transactional
    public WorkspaceProfile change(WorkspaceId workspace, @Nullable String name, @Nullable String timezone,
                                   @Nullable List<String> languages, @Nullable String defaultLanguage) {
        WorkspaceProfile current = profile(workspace);
        List<String> newLanguages = languages == null ? current.languages() : canonical(languages);
        String newDefault = defaultLanguage == null ? current.defaultLanguage()
                : StaffAccounts.languageTag("defaultLanguage", defaultLanguage);
        if (!newLanguages.contains(newDefault)) {
            if (defaultLanguage != null) {
                throw new InvalidRequestException("defaultLanguage", "must be one of the languages");
            }
            newDefault = newLanguages.getFirst();
        }
        jdbc.sql("update workspaces set name = ?, timezone = ?, languages = ?, default_language = ? where id = ?")
                .params(name == null ? current.name() : name.strip(),
                        timezone == null ? current.timezone() : StaffAccounts.zone("timezone", timezone),
                        String.join(",", newLanguages), newDefault, workspace.value())
                .update();
        return profile(workspace);
    }

    private static List<String> canonical(List<String> languages) {
        if (languages.isEmpty()) {
            throw new InvalidRequestException("languages", "must name at least one language");
        }
        return List.copyOf(new LinkedHashSet<>(languages.stream()
                .map(tag -> StaffAccounts.languageTag("languages", tag)).toList()));
    }
}
