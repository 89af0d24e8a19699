package dev.frontline.identity.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code frontline.sign-in.*}: the throttles of password checks per account and per client address, of API
 * token creation per member, and which proxies' {@code X-Forwarded-For} is believed.
 */
@ConfigurationProperties("frontline.sign-in")
record SignInSettings(ThrottlePolicy account, ThrottlePolicy address, ThrottlePolicy tokenCreation,
                      List<String> trustedProxies) {
}
