package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@IntegrationTest
@TestPropertySource(properties = {"frontline.api.rate-limit.burst=5", "frontline.api.rate-limit.per-second=1"})
class RateLimitIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void aTokenOverItsLimitIsToldWhenToRetryWhileOtherTokensCarryOn() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        List<TestApi.Response> burst = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            burst.add(workspace.agent().api().get("/api/v1/conversations"));
        }

        assertThat(burst.subList(0, 5)).allSatisfy(response -> assertThat(response.status()).isEqualTo(200));
        TestApi.Response limited = burst.getLast();
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 2);
        assertThat(workspace.supervisor().api().get("/api/v1/conversations").status()).isEqualTo(200);
    }
}
