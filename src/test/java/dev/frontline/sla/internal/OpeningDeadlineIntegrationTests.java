package dev.frontline.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.channels.Channel;
import dev.frontline.conversations.ConversationCreated;
import dev.frontline.shared.Timestamps;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A conversation a customer's message opens is stored with the deadline its first clocks set, instead of being
 * updated right after its insert: the deadline is already on the row when its creation is announced, and it is
 * the one the inbox shows once everything is committed.
 */
@IntegrationTest
class OpeningDeadlineIntegrationTests {

    /** The deadline columns as a listener of the conversation's creation reads them, inside the inserting transaction. */
    record Row(UUID conversation, @Nullable Instant dueAt, @Nullable Instant warnAt, @Nullable String target) {
    }

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    ApplicationEventMulticaster multicaster;

    @Autowired
    JdbcClient jdbc;

    TestWorkspaces.Workspace workspace;
    TestApi supervisor;
    final List<Row> atCreation = new CopyOnWriteArrayList<>();
    final ApplicationListener<ApplicationEvent> readAtCreation = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof ConversationCreated created
                && created.workspaceId().equals(workspace.id())) {
            atCreation.add(jdbc.sql("select sla_due_at, sla_warn_at, sla_target from conversations where id = ?")
                    .param(created.conversationId().value())
                    .query((rs, n) -> new Row(created.conversationId().value(), Timestamps.read(rs, "sla_due_at"),
                            Timestamps.read(rs, "sla_warn_at"), rs.getString("sla_target")))
                    .single());
        }
    };

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        supervisor = workspace.supervisor().api();
        multicaster.addApplicationListener(readAtCreation);
    }

    @AfterEach
    void tearDown() {
        multicaster.removeApplicationListener(readAtCreation);
    }

    @Test
    void theDefaultPolicysFirstResponseIsOnTheRowFromItsInsert() {
        String id = workspaces.inbound(workspace, Channel.EMAIL, Map.of("from", Map.of("address", "first@example.com"),
                "text", "My order never arrived"));

        Row inserted = createdRow(id);
        assertThat(inserted.target()).isEqualTo("FIRST_RESPONSE");
        assertThat(inserted).isEqualTo(committedRow(id));
        assertThat(inserted.dueAt()).as("the first-response clock's due time")
                .isEqualTo(Instant.parse(clock(id, "FIRST_RESPONSE").get("dueAt").asString()));
    }

    @Test
    void aBusinessTimePolicyWithTakingTargetsForecastsWhatItsClocksSet() {
        assertThat(workspace.admin().api().post("/api/v1/sla/policies", Map.of("name", "Chat in business hours",
                "conditions", Map.of("channels", List.of("chat")),
                "targets", Map.of("TIME_TO_ACCEPT", "PT2M", "FIRST_RESPONSE", "PT30M", "RESOLUTION", "PT8H"),
                "businessTime", true)).status()).isEqualTo(201);

        String id = workspaces.inbound(workspace, Channel.CHAT, Map.of("from", Map.of("address", "visitor-opening"),
                "text", "在吗？路由器一直掉线"));

        Row inserted = createdRow(id);
        assertThat(inserted.target()).as("accepting is due first").isEqualTo("TIME_TO_ACCEPT");
        assertThat(inserted).isEqualTo(committedRow(id));
        assertThat(inserted.dueAt()).isEqualTo(Instant.parse(clock(id, "TIME_TO_ACCEPT").get("dueAt").asString()));
    }

    private Row createdRow(String conversation) {
        return atCreation.stream().filter(row -> row.conversation().toString().equals(conversation)).findFirst()
                .orElseThrow(() -> new AssertionError("no creation of " + conversation + " was announced"));
    }

    private Row committedRow(String conversation) {
        return jdbc.sql("select sla_due_at, sla_warn_at, sla_target from conversations where id = ?")
                .param(UUID.fromString(conversation))
                .query((rs, n) -> new Row(UUID.fromString(conversation), Timestamps.read(rs, "sla_due_at"),
                        Timestamps.read(rs, "sla_warn_at"), rs.getString("sla_target")))
                .single();
    }

    private JsonNode clock(String conversation, String metric) {
        for (JsonNode clock : supervisor.get("/api/v1/conversations/" + conversation + "/sla").json()) {
            if (clock.get("metric").asString().equals(metric)) {
                return clock;
            }
        }
        throw new AssertionError("no " + metric + " clock");
    }
}
