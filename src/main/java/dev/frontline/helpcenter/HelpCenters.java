package dev.frontline.helpcenter;

import dev.frontline.audit.AuditTrail;
import dev.frontline.channels.Channel;
import dev.frontline.channels.Inbox;
import dev.frontline.channels.Inboxes;
import dev.frontline.identity.WorkspaceProfile;
import dev.frontline.identity.WorkspaceProfiles;
import dev.frontline.knowledge.ArticleLanguage;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.net.URI;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each workspace's help center settings. Admins change them; the public pages find a help center by its slug,
 * and only while it is enabled.
 */
@Service
public class HelpCenters {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final int MAX_NAME = 200;
    private static final int MAX_LOGO_URL = 1000;

    private final JdbcClient jdbc;
    private final WorkspaceProfiles profiles;
    private final Inboxes inboxes;
    private final AuditTrail audit;
    private final Clock clock;

    HelpCenters(JdbcClient jdbc, WorkspaceProfiles profiles, Inboxes inboxes, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.inboxes = inboxes;
        this.audit = audit;
        this.clock = clock;
    }

    /** The workspace's settings; before an admin saved any, a disabled help center with a slug from its name. */
    @Transactional(readOnly = true)
    public HelpCenterSettings settings(Caller caller) {
        caller.require(Role.ADMIN);
        return stored(caller.workspaceId()).orElseGet(() -> new HelpCenterSettings(
                suggestedSlug(profiles.profile(caller.workspaceId()).name(), caller.workspaceId()), false, null,
                HelpCenterSettings.DEFAULT_COLOR, null, null, null));
    }

    /** Replaces the settings; 400 for a malformed field, 409 when another workspace has the slug. */
    @Transactional
    public HelpCenterSettings save(Caller caller, HelpCenterSettings settings) {
        caller.require(Role.ADMIN);
        HelpCenterSettings clean = validated(caller.workspaceId(), settings);
        if (jdbc.sql("select count(*) from help_centers where slug = ? and workspace_id <> ?")
                .params(clean.slug(), caller.workspaceId().value()).query(Long.class).single() > 0) {
            throw new ConflictException("Another workspace's help center is at /help/" + clean.slug() + ".");
        }
        Object[] values = {clean.slug(), clean.enabled(), clean.name(), clean.brandColor(), clean.logoUrl(),
                clean.chatInboxId(), clean.contactInboxId(), Timestamps.sql(clock.instant()), caller.workspaceId().value()};
        int updated = jdbc.sql("""
                update help_centers set slug = ?, enabled = ?, name = ?, brand_color = ?, logo_url = ?, chat_inbox_id = ?,
                    contact_inbox_id = ?, updated_at = ? where workspace_id = ?""").params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into help_centers (slug, enabled, name, brand_color, logo_url, chat_inbox_id, contact_inbox_id,
                        updated_at, workspace_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
        }
        audit.record(caller, "help_center.updated", "help_center", caller.workspaceId().value(),
                Map.of("slug", clean.slug(), "enabled", clean.enabled()));
        return clean;
    }

    /** The enabled help center at this slug, if any. */
    @Transactional(readOnly = true)
    public Optional<PublishedHelpCenter> published(String slug) {
        return jdbc.sql("select workspace_id from help_centers where slug = ? and enabled")
                .param(slug.toLowerCase(Locale.ROOT))
                .query((rs, n) -> new WorkspaceId(rs.getObject("workspace_id", UUID.class)))
                .optional()
                .flatMap(workspace -> stored(workspace).map(settings -> {
                    WorkspaceProfile profile = profiles.profile(workspace);
                    return new PublishedHelpCenter(workspace, settings,
                            settings.name() == null ? profile.name() : settings.name(),
                            helpCenterLanguage(profile.defaultLanguage()).tag());
                }));
    }

    /** The slugs of all enabled help centers, for robots.txt. */
    @Transactional(readOnly = true)
    public List<String> enabledSlugs() {
        return jdbc.sql("select slug from help_centers where enabled order by slug").query(String.class).list();
    }

    /** The help center language closest to a workspace's language tag (zh-CN → zh-Hans, zh-TW → zh-Hant), else English. */
    static ArticleLanguage helpCenterLanguage(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        return switch (locale.getLanguage()) {
            case "zh" -> Set.of("Hant", "TW", "HK", "MO").contains(locale.getScript().isEmpty() ? locale.getCountry()
                    : locale.getScript()) ? ArticleLanguage.ZH_HANT : ArticleLanguage.ZH_HANS;
            case "ko" -> ArticleLanguage.KO;
            default -> ArticleLanguage.EN;
        };
    }

    private Optional<HelpCenterSettings> stored(WorkspaceId workspace) {
        return jdbc.sql("select * from help_centers where workspace_id = ?")
                .param(workspace.value())
                .query((rs, n) -> new HelpCenterSettings(rs.getString("slug"), rs.getBoolean("enabled"), rs.getString("name"),
                        rs.getString("brand_color"), rs.getString("logo_url"), rs.getObject("chat_inbox_id", UUID.class),
                        rs.getObject("contact_inbox_id", UUID.class)))
                .optional();
    }

    private HelpCenterSettings validated(WorkspaceId workspace, HelpCenterSettings settings) {
        String slug = settings.slug().strip().toLowerCase(Locale.ROOT);
        if (!SLUG.matcher(slug).matches()) {
            throw new InvalidRequestException("slug", "must be 1 to 60 lower-case letters, digits or inner hyphens");
        }
        if (!COLOR.matcher(settings.brandColor()).matches()) {
            throw new InvalidRequestException("brandColor", "must be a colour like #2563eb");
        }
        String name = blankToNull(settings.name());
        if (name != null && name.length() > MAX_NAME) {
            throw new InvalidRequestException("name", "must be at most " + MAX_NAME + " characters");
        }
        String logoUrl = blankToNull(settings.logoUrl());
        if (logoUrl != null && !isHttpsUrl(logoUrl)) {
            throw new InvalidRequestException("logoUrl", "must be an https URL of at most " + MAX_LOGO_URL + " characters");
        }
        requireInbox(workspace, "chatInboxId", settings.chatInboxId(), Set.of(Channel.CHAT), "a chat inbox");
        requireInbox(workspace, "contactInboxId", settings.contactInboxId(), Set.of(Channel.EMAIL, Channel.API),
                "an email or API inbox");
        return new HelpCenterSettings(slug, settings.enabled(), name, settings.brandColor().toLowerCase(Locale.ROOT),
                logoUrl, settings.chatInboxId(), settings.contactInboxId());
    }

    private void requireInbox(WorkspaceId workspace, String field, @Nullable UUID inboxId, Set<Channel> channels,
                              String kind) {
        if (inboxId == null) {
            return;
        }
        Inbox inbox;
        try {
            inbox = inboxes.get(workspace, inboxId);
        } catch (NotFoundException e) {
            throw new InvalidRequestException(field, "is not an inbox of this workspace");
        }
        if (!channels.contains(inbox.channel())) {
            throw new InvalidRequestException(field, "must be " + kind + " of this workspace");
        }
    }

    private static boolean isHttpsUrl(String url) {
        try {
            URI uri = new URI(url);
            return url.length() <= MAX_LOGO_URL && "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String suggestedSlug(String workspaceName, WorkspaceId workspace) {
        String ascii = Normalizer.normalize(workspaceName, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String base = ascii.isEmpty() ? "help" : ascii.substring(0, Math.min(ascii.length(), 40)).replaceAll("-+$", "");
        boolean taken = jdbc.sql("select count(*) from help_centers where slug = ?").param(base).query(Long.class).single() > 0;
        return taken ? base + "-" + workspace.value().toString().substring(0, 8) : base;
    }
}
