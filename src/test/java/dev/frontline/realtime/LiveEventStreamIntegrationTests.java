package dev.frontline.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestEventStream;
import dev.frontline.support.TestWorkspaces;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class LiveEventStreamIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    PostgresNotifications notifications;

    @Autowired
    DataSource dataSource;

    private List<String> listen(String token) throws Exception {
        return TestEventStream.listen(workspaces.baseUrl(), token);
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

    @Test
    void eventsCommittedOnAnotherNodeReachThisNodesStreamAndRolledBackOnesNever() throws Exception {
        assumeTrue(notifications.enabled(), "fan-out between nodes runs on PostgreSQL only");
        await().atMost(Duration.ofSeconds(5)).until(notifications::listening);
        TestWorkspaces.Workspace mine = workspaces.create();
        List<String> stream = listen(token(mine.agent()));
        String payload = PostgresNotifications.payload(new LiveMessage(mine.id(), "conversation.tagged", false,
                "{\"conversationId\":\"from-node-b\"}"));
        String rolledBack = payload.replace("from-node-b", "never-committed");

        // Another node is another connection: its notifications arrive only when its transaction commits.
        try (Connection otherNode = dataSource.getConnection()) {
            otherNode.setAutoCommit(false);
            notify(otherNode, rolledBack);
            otherNode.rollback();
            notify(otherNode, payload);
            otherNode.commit();
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> stream.stream().anyMatch(line -> line.contains("from-node-b")));
        assertThat(stream).noneMatch(line -> line.contains("never-committed"));
    }

    private static void notify(Connection connection, String payload) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement("select pg_notify(?, ?)")) {
            statement.setString(1, PostgresNotifications.CHANNEL);
            statement.setString(2, payload);
            statement.execute();
        }
    }

    private String token(TestWorkspaces.StaffAccount account) {
        return account.api().post("/api/v1/tokens", Map.of("name", "stream")).json().get("token").asString();
    }
}
