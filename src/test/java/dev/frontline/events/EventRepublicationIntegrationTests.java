package dev.frontline.events;

import static org.awaitility.Awaitility.await;

import dev.frontline.FrontlineApplication;
import dev.frontline.channels.Channel;
import dev.frontline.channels.InboundDelivery;
import dev.frontline.channels.Inboxes;
import dev.frontline.conversations.MessageReceived;
import dev.frontline.identity.WorkspaceSetup;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * An event committed with its transaction but not yet handled when the application stops is handed
 * to its listener when the application starts again.
 */
class EventRepublicationIntegrationTests {

    static volatile boolean crashing = true;
    static final Set<Object> handled = ConcurrentHashMap.newKeySet();

    @Configuration(proxyBeanMethods = false)
    static class CrashingListenerConfiguration {

        @Bean
        CrashingListener crashingListener() {
            return new CrashingListener();
        }
    }

    static class CrashingListener {

        @ApplicationModuleListener
        void on(MessageReceived event) {
            if (crashing) {
                throw new IllegalStateException("simulated crash while handling " + event.messageId());
            }
            handled.add(event.messageId());
        }
    }

    /** Starts the application; arguments are command-line properties, which override application.properties. */
    private static ConfigurableApplicationContext start(String... arguments) {
        return new SpringApplicationBuilder(FrontlineApplication.class, CrashingListenerConfiguration.class)
                .properties(Map.of("server.port", "0", "spring.main.banner-mode", "off",
                        "spring.modulith.events.republish-outstanding-events-on-restart", "true"))
                .run(arguments);
    }

    private static Object customerWrites(ConfigurableApplicationContext app, String externalId) {
        var workspace = app.getBean(WorkspaceSetup.class)
                .create("Events", "events-" + System.nanoTime() + "@test.local", "Admin", "password-123456");
        var inbox = app.getBean(Inboxes.class).create(workspace.workspaceId(), "chat", Channel.CHAT, Map.of());
        return app.getBean(InboundDelivery.class).deliver(workspace.workspaceId(), inbox.id(),
                new InboundDelivery.Delivery(new InboundDelivery.Sender(null, "visitor-1", null, null), externalId,
                        null, "Are you there?", null, List.of())).messageId();
    }

    @Test
    void anUnhandledEventIsDeliveredAfterARestart() {
        crashing = true;
        Object messageId;
        try (ConfigurableApplicationContext first = start()) {
            messageId = customerWrites(first, "restart-1");
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> !handled.contains(messageId));
        }

        crashing = false;
        try (ConfigurableApplicationContext second = start()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> handled.contains(messageId));
        }
    }

    @Test
    void anEventWhoseListenerKeepsFailingIsHandedToItAgainWhileRunning() {
        crashing = true;
        try (ConfigurableApplicationContext app = start("--frontline.events.resubmit-interval=PT0.5S",
                "--frontline.events.resubmit-after=PT1S", "--spring.modulith.events.staleness.resubmission=PT1S",
                "--spring.modulith.events.staleness.check-intervall=PT0.5S")) {
            Object messageId = customerWrites(app, "resubmit-1");
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !handled.contains(messageId));

            crashing = false;

            await().atMost(Duration.ofSeconds(20)).until(() -> handled.contains(messageId));
        }
    }
}
