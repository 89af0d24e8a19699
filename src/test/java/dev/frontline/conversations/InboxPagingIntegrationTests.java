package dev.frontline.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.channels.Channel;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Ids;
import dev.frontline.shared.Page;
import dev.frontline.shared.Role;
import dev.frontline.shared.Timestamps;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A workspace with a few thousand conversations of mixed priority, status and waiting times: every sort's
 * keyset cursor walks all of them, each exactly once. How fast pages and counts are with 10,000 conversations
 * is measured by benchmarks/run-workspace-ui.sh, not here.
 */
@IntegrationTest
class InboxPagingIntegrationTests {

    private static final int CONVERSATIONS = 2_000;

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InboxQueries inbox;

    TestWorkspaces.Workspace workspace;

    @Test
    void everySortWalksEveryConversationExactlyOnce() {
        workspace = workspaces.create();
        seed(workspace);
        Caller supervisor = new Caller(workspace.id(), workspace.supervisor().id(), Role.SUPERVISOR);

        for (InboxSort sort : InboxSort.values()) {
            Set<UUID> seen = new HashSet<>();
            String cursor = null;
            int pages = 0;
            do {
                Page<InboxItem> page = inbox.list(supervisor, "all", new InboxFilter("any", null, null, null, null, null,
                        null, null, null, null), sort, cursor, 200);
                page.items().forEach(item -> assertThat(seen.add(item.id())).as("each conversation once").isTrue());
                cursor = page.nextCursor();
                pages++;
            } while (cursor != null);
            assertThat(seen).as(sort + " walks everything").hasSize(CONVERSATIONS);
            assertThat(pages).as("a full last page needs no extra request").isEqualTo(CONVERSATIONS / 200);
        }

    }

    private void seed(TestWorkspaces.Workspace workspace) {
        Random random = new Random(7);
        UUID ws = workspace.id().value();
        Instant now = Instant.now();
        List<UUID> contacts = new ArrayList<>();
        List<Object[]> contactRows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            UUID id = Ids.newId();
            contacts.add(id);
            contactRows.add(new Object[] {id, ws, "Customer " + i, i % 10 == 0 ? "vip" : "standard", i % 3 == 0 ? "ko" : "en",
                    Timestamps.sql(now), Timestamps.sql(now)});
        }
        jdbc.batchUpdate("insert into contacts (id, workspace_id, name, tier, language, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)", contactRows);
        List<UUID> inboxes = List.of(workspace.inbox(Channel.CHAT), workspace.inbox(Channel.EMAIL), workspace.inbox(Channel.VOICE));
        UUID[] assignees = {null, workspace.agent().id().value(), workspace.supervisor().id().value()};
        String[] statuses = {"OPEN", "OPEN", "PENDING", "RESOLVED", "RESOLVED", "CLOSED"};
        String[] priorities = {"LOW", "NORMAL", "NORMAL", "HIGH", "URGENT"};
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> tags = new ArrayList<>();
        for (int i = 0; i < CONVERSATIONS; i++) {
            UUID id = Ids.newId();
            Instant created = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 90)));
            Instant activity = created.plus(Duration.ofMinutes(random.nextInt(600)));
            String status = statuses[random.nextInt(statuses.length)];
            String priority = priorities[random.nextInt(priorities.length)];
            boolean waiting = (status.equals("OPEN") || status.equals("PENDING")) && random.nextBoolean();
            rows.add(new Object[] {id, ws, inboxes.get(i % inboxes.size()), contacts.get(random.nextInt(contacts.size())),
                    "Subject " + i, status, priority, assignees[random.nextInt(assignees.length)], Timestamps.sql(created),
                    Timestamps.sql(activity), waiting ? Timestamps.sql(created) : null, Timestamps.sql(created),
                    "Question number " + i, "INBOUND", rankOf(priority),
                    i % 3 == 0 ? null : Timestamps.sql(now.plus(Duration.ofMinutes(random.nextInt(200) - 100)))});
            if (i % 4 == 0) {
                tags.add(new Object[] {id, i % 8 == 0 ? "refund" : "shipping"});
            }
        }
        jdbc.batchUpdate("""
                insert into conversations (id, workspace_id, inbox_id, contact_id, subject, status, priority, assignee_id,
                    created_at, last_activity_at, waiting_since, last_inbound_at, preview, preview_direction, priority_rank,
                    sla_due_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.batchUpdate("insert into conversation_tags (conversation_id, tag) values (?, ?)", tags);
        if (jdbc.getDataSource() != null) {
            try (var connection = jdbc.getDataSource().getConnection()) {
                if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                    jdbc.execute("analyze conversations");
                    jdbc.execute("analyze contacts");
                    jdbc.execute("analyze conversation_tags");
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static int rankOf(String priority) {
        return switch (priority) {
            case "URGENT" -> 0;
            case "HIGH" -> 1;
            case "NORMAL" -> 2;
            default -> 3;
        };
    }
}
