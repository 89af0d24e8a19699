package dev.frontline.identity.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code frontline.sso.*}: whether identity providers must be reached over https (the client secret and the
 * tokens travel there), how long a sign-in may stay at the provider, and the public address the provider sends
 * browsers back to (empty: the address the browser used).
 */
@ConfigurationProperties("frontline.sso")
record SsoSettings(@DefaultValue("true") boolean requireHttps, @DefaultValue("PT10M") Duration loginTimeout,
                   @Nullable String publicUrl) {
}
