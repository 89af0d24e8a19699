package dev.frontline.routing;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code frontline.routing.*}: how long an offer waits per kind of channel (a queue may override it),
 * what a priority level and the VIP tier are worth in waiting time (priority aging), how long an agent
 * who declined or missed an offer is skipped for that conversation, how often the sweep runs, and what
 * happens to an agent's open conversations when they go offline ({@link OnAgentOffline}, default KEEP), and how
 * long after-call work lasts once a call ends (unset: no automatic after-call work).
 */
@ConfigurationProperties("frontline.routing")
public record RoutingProperties(@Nullable Duration chatOfferTimeout, @Nullable Duration emailOfferTimeout,
                                @Nullable Duration messagingOfferTimeout, @Nullable Duration voiceOfferTimeout,
                                @Nullable Duration priorityStep, @Nullable Duration vipStep,
                                @Nullable Duration refusalCooldown, @Nullable Duration defaultHandleTime,
                                @Nullable OnAgentOffline onAgentOffline, @Nullable Duration afterCallWork) {

    /** Every setting at its default (the simulator run from the command line uses these). */
    public static final RoutingProperties DEFAULTS = new RoutingProperties(null, null, null, null, null, null, null, null, null, null);

    /** KEEP: an agent who goes offline keeps their open conversations; REQUEUE: they go back to their queues. */
    public enum OnAgentOffline { KEEP, REQUEUE }

    public OnAgentOffline onAgentOfflineOrDefault() {
        return onAgentOffline == null ? OnAgentOffline.KEEP : onAgentOffline;
    }

    public Duration offerTimeout(ChannelKind kind) {
        return switch (kind) {
            case CHAT -> or(chatOfferTimeout, Duration.ofSeconds(20));
            case EMAIL -> or(emailOfferTimeout, Duration.ofSeconds(120));
            case MESSAGING -> or(messagingOfferTimeout, Duration.ofSeconds(60));
            case VOICE -> or(voiceOfferTimeout, Duration.ofSeconds(30));
        };
    }

    public Duration priorityStepOrDefault() {
        return or(priorityStep, Duration.ofMinutes(5));
    }

    public Duration vipStepOrDefault() {
        return or(vipStep, Duration.ofMinutes(2));
    }

    public Duration refusalCooldownOrDefault() {
        return or(refusalCooldown, Duration.ofMinutes(2));
    }

    public Duration defaultHandleTimeOrDefault() {
        return or(defaultHandleTime, Duration.ofMinutes(5));
    }

    private static Duration or(@Nullable Duration value, Duration fallback) {
        return value == null ? fallback : value;
    }
}
