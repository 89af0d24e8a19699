package dev.frontline.helpcenter;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How a workspace's help center appears and how visitors reach the team. {@code name} null shows the workspace's
 * name; {@code chatInboxId} names the chat inbox whose widget the pages open, {@code contactInboxId} the email or
 * API inbox the contact form writes to (either may be null: no chat, or no form).
 */
public record HelpCenterSettings(String slug, boolean enabled, @Nullable String name, String brandColor,
                                 @Nullable String logoUrl, @Nullable UUID chatInboxId, @Nullable UUID contactInboxId) {

    public static final String DEFAULT_COLOR = "#2563eb";
}
