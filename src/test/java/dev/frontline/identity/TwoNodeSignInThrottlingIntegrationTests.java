package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.FrontlineApplication;
import dev.frontline.support.SessionClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Two application instances on one PostgreSQL database count an attacker's attempts together. */
@EnabledIfEnvironmentVariable(named = "FRONTLINE_TEST_DB_URL", matches = "jdbc:postgresql:.*")
class TwoNodeSignInThrottlingIntegrationTests {

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(FrontlineApplication.class)
                .properties(Map.of("spring.main.banner-mode", "off"))
                .run("--server.port=0", "--spring.datasource.hikari.maximum-pool-size=4",
                        "--spring.datasource.hikari.minimum-idle=1");
    }

    private static String baseUrl(ConfigurableApplicationContext node) {
        return "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
    }

    @Test
    void attemptsSpreadOverTwoNodesAreThrottledAsOnOne() {
        try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start()) {
            String email = "two-nodes-" + UUID.randomUUID() + "@test.local";
            first.getBean(WorkspaceSetup.class).create("Two nodes", email, "Admin", "password-123456");
            List<SessionClient> clients = List.of(new SessionClient(baseUrl(first), "10.77.0.1", "A"),
                    new SessionClient(baseUrl(second), "10.77.0.2", "B"));
            List<Integer> statuses = new ArrayList<>();

            for (int i = 0; i < 30; i++) {
                statuses.add(clients.get(i % 2).login(email, "guess " + i).statusCode());
            }

            assertThat(statuses.subList(0, 5)).containsOnly(401);
            assertThat(statuses.subList(5, 30)).containsOnly(429);
            assertThat(clients.get(1).login(email, "password-123456").statusCode()).as("locked on both").isEqualTo(429);
        }
    }
}
