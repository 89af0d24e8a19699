package dev.frontline.identity.internal;

import dev.frontline.shared.Role;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.shared.secrets.StoredSecrets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each workspace's OpenID provider: where it is, the client's credentials (the secret sealed at rest and never
 * handed out), which claim names the roles, and which email domains sign in with it.
 */
@Component
public class SsoProviders {

    /** A workspace's provider as admins see it: whether a secret is set, never the secret. */
    public record SsoProvider(WorkspaceId workspaceId, boolean enabled, String issuer, String clientId,
                              boolean clientSecretSet, List<String> scopes, String roleClaim, Map<String, Role> roleMapping,
                              Role defaultRole, boolean justInTimeUsers, List<String> emailDomains, Instant updatedAt) {

        /** Changes whenever the configuration does, so cached discovery and keys of an old issuer are not reused. */
        String registrationId() {
            return workspaceId.value() + "@" + updatedAt.toEpochMilli();
        }
    }

    /** What an admin saves; a null secret keeps the stored one. */
    public record Change(boolean enabled, String issuer, String clientId, @Nullable String clientSecret,
                         List<String> scopes, String roleClaim, Map<String, Role> roleMapping, Role defaultRole,
                         boolean justInTimeUsers, List<String> emailDomains) {
    }

    private final JdbcClient jdbc;
    private final StoredSecrets secrets;
    private final Clock clock;

    SsoProviders(JdbcClient jdbc, StoredSecrets secrets, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
    }

    public Optional<SsoProvider> find(WorkspaceId workspace) {
        Optional<SsoProvider> provider = jdbc.sql("""
                select workspace_id, enabled, issuer, client_id, client_secret is not null as secret_set, scopes,
                       role_claim, default_role, just_in_time_users, updated_at
                from sso_providers where workspace_id = ?""")
                .param(workspace.value())
                .query((rs, n) -> new SsoProvider(workspace, rs.getBoolean("enabled"), rs.getString("issuer"),
                        rs.getString("client_id"), rs.getBoolean("secret_set"), words(rs.getString("scopes")),
                        rs.getString("role_claim"), Map.of(), Role.valueOf(rs.getString("default_role")),
                        rs.getBoolean("just_in_time_users"), List.of(), Timestamps.read(rs, "updated_at")))
                .optional();
        return provider.map(p -> new SsoProvider(p.workspaceId(), p.enabled(), p.issuer(), p.clientId(),
                p.clientSecretSet(), p.scopes(), p.roleClaim(), roleMapping(workspace), p.defaultRole(),
                p.justInTimeUsers(), emailDomains(workspace), p.updatedAt()));
    }

    /** The workspace whose provider signs in emails of {@code domain}, if any. */
    public Optional<WorkspaceId> workspaceForDomain(String domain) {
        return jdbc.sql("select workspace_id from sso_email_domains where domain = ?")
                .param(normalizeDomain(domain))
                .query((rs, n) -> new WorkspaceId(rs.getObject("workspace_id", UUID.class)))
                .optional();
    }

    /** The client secret in clear, for the code exchange only. */
    Optional<String> clientSecret(WorkspaceId workspace) {
        return jdbc.sql("select client_secret from sso_providers where workspace_id = ? and client_secret is not null")
                .param(workspace.value()).query(String.class).optional()
                .map(sealed -> secrets.open(sealed, context(workspace)));
    }

    /** Replaces the workspace's provider settings; the caller checks that the domains are free first. */
    public SsoProvider save(WorkspaceId workspace, Change change) {
        Instant now = clock.instant();
        String sealedSecret = change.clientSecret() == null ? null : secrets.seal(change.clientSecret(), context(workspace));
        int updated = jdbc.sql("""
                update sso_providers set enabled = ?, issuer = ?, client_id = ?,
                       client_secret = coalesce(cast(? as varchar(2000)), client_secret), scopes = ?, role_claim = ?,
                       default_role = ?, just_in_time_users = ?, updated_at = ?
                where workspace_id = ?""")
                .params(change.enabled(), change.issuer(), change.clientId(), sealedSecret, String.join(" ", change.scopes()),
                        change.roleClaim(), change.defaultRole().name(), change.justInTimeUsers(), Timestamps.sql(now),
                        workspace.value())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into sso_providers (workspace_id, enabled, issuer, client_id, client_secret, scopes, role_claim,
                                               default_role, just_in_time_users, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(workspace.value(), change.enabled(), change.issuer(), change.clientId(), sealedSecret,
                            String.join(" ", change.scopes()), change.roleClaim(), change.defaultRole().name(),
                            change.justInTimeUsers(), Timestamps.sql(now))
                    .update();
        }
        jdbc.sql("delete from sso_role_mappings where workspace_id = ?").param(workspace.value()).update();
        change.roleMapping().forEach((value, role) -> jdbc.sql(
                        "insert into sso_role_mappings (workspace_id, claim_value, role) values (?, ?, ?)")
                .params(workspace.value(), value, role.name()).update());
        jdbc.sql("delete from sso_email_domains where workspace_id = ?").param(workspace.value()).update();
        change.emailDomains().stream().map(SsoProviders::normalizeDomain).distinct().forEach(domain -> jdbc.sql(
                        "insert into sso_email_domains (domain, workspace_id) values (?, ?)")
                .params(domain, workspace.value()).update());
        return find(workspace).orElseThrow();
    }

    /** The domains among {@code domains} that another workspace signs in with already. */
    public List<String> takenElsewhere(WorkspaceId workspace, List<String> domains) {
        if (domains.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select domain from sso_email_domains where domain in (:domains) and workspace_id <> :workspace")
                .param("domains", domains.stream().map(SsoProviders::normalizeDomain).toList())
                .param("workspace", workspace.value())
                .query(String.class).list();
    }

    public static String normalizeDomain(String domain) {
        return domain.strip().toLowerCase(Locale.ROOT);
    }

    private Map<String, Role> roleMapping(WorkspaceId workspace) {
        Map<String, Role> mapping = new LinkedHashMap<>();
        jdbc.sql("select claim_value, role from sso_role_mappings where workspace_id = ? order by claim_value")
                .param(workspace.value())
                .query(rs -> {
                    mapping.put(rs.getString("claim_value"), Role.valueOf(rs.getString("role")));
                });
        return mapping;
    }

    private List<String> emailDomains(WorkspaceId workspace) {
        return jdbc.sql("select domain from sso_email_domains where workspace_id = ? order by domain")
                .param(workspace.value()).query(String.class).list();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }

    private static String context(WorkspaceId workspace) {
        return "sso-client-secret:" + workspace.value();
    }
}
