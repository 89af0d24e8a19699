package dev.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;
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

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(FrontlineApplication.class, CrashingListenerConfiguration.class)
                .properties(Map.of("server.port", "0", "spring.main.banner-mode", "off",
                        "spring.modulith.events.republish-outstanding-events-on-restart", "true"))
                .run();
    }

    @Test
    void anUnhandledEventIsDeliveredAfterARestart() {
        Object messageId;
        try (ConfigurableApplicationContext first = start()) {
            var workspace = first.getBean(WorkspaceSetup.class)
                    .create("Restart", "restart-" + System.nanoTime() + "@test.local", "Admin", "password-123456");
            var inbox = first.getBean(Inboxes.class).create(workspace.workspaceId(), "chat", Channel.CHAT, Map.of());
            messageId = first.getBean(InboundDelivery.class).deliver(workspace.workspaceId(), inbox.id(),
                    new InboundDelivery.Delivery(new InboundDelivery.Sender(null, "visitor-1", null, null), "restart-1",
                            null, "Are you there?", null, List.of())).messageId();
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> !handled.contains(messageId));
        }

        crashing = false;
        try (ConfigurableApplicationContext second = start()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> handled.contains(messageId));
        }
    }
}
