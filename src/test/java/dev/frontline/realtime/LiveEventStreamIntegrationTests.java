package dev.frontline.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class LiveEventStreamIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    /** Opens the stream and collects its lines on a background thread. */
    private List<String> listen(String token) throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(workspaces.baseUrl() + "/api/v1/events/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        Thread.ofVirtual().start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.add(line);
                }
            } catch (Exception closed) {
                // the test is over
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> lines.contains("event:ready"));
        return lines;
    }

    @Test
    void staffSeeTheirWorkspaceEventsLiveAndNobodyElseDoes() throws Exception {
        TestWorkspaces.Workspace mine = workspaces.create();
        TestWorkspaces.Workspace other = workspaces.create();
        var agentApi = mine.agent().api();
        List<String> agentStream = listen(token(mine.agent()));
        List<String> supervisorStream = listen(token(mine.supervisor()));
        List<String> otherStream = listen(token(other.agent()));

        String conversation = agentApi.post("/api/v1/inboxes/" + mine.inbox(Channel.CHAT) + "/inbound",
                Map.of("from", Map.of("address", "visitor-1"), "text", "Hi")).json().get("conversationId").asString();
        String survivor = agentApi.post("/api/v1/contacts", Map.of("name", "A")).json().get("id").asString();
        String duplicate = agentApi.post("/api/v1/contacts", Map.of("name", "B")).json().get("id").asString();
        mine.supervisor().api().post("/api/v1/contacts/" + survivor + "/merge", Map.of("mergeContactId", duplicate));

        await().atMost(Duration.ofSeconds(5)).until(() -> supervisorStream.contains("event:contacts.merged"));
        assertThat(agentStream).contains("event:conversation.created", "event:message.received")
                .anyMatch(line -> line.startsWith("data:") && line.contains(conversation))
                .doesNotContain("event:contacts.merged");
        assertThat(otherStream).noneMatch(line -> line.contains(conversation))
                .doesNotContain("event:message.received");
    }

    private String token(TestWorkspaces.StaffAccount account) {
        return account.api().post("/api/v1/tokens", Map.of("name", "stream")).json().get("token").asString();
    }
}
