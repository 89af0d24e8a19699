package dev.frontline.support;

import dev.frontline.channels.Channel;
import dev.frontline.channels.Inboxes;
import dev.frontline.identity.Staffing;
import dev.frontline.identity.WorkspaceSetup;
import dev.frontline.identity.internal.ApiTokens;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Builds an isolated workspace per test: an admin, a supervisor and an agent, each with an API token,
 * and an inbox per channel. Tests never share a workspace, so they need no clean-up.
 */
@Component
public class TestWorkspaces {

    public record StaffAccount(UserId id, String email, String password, TestApi api) {
    }

    public record Workspace(WorkspaceId id, StaffAccount admin, StaffAccount supervisor, StaffAccount agent,
                            Map<Channel, UUID> inboxes) {

        public UUID inbox(Channel channel) {
            return inboxes.get(channel);
        }
    }

    private final WorkspaceSetup setup;
    private final Staffing staffing;
    private final ApiTokens tokens;
    private final Inboxes inboxes;
    private final Environment environment;

    TestWorkspaces(WorkspaceSetup setup, Staffing staffing, ApiTokens tokens, Inboxes inboxes, Environment environment) {
        this.setup = setup;
        this.staffing = staffing;
        this.tokens = tokens;
        this.inboxes = inboxes;
        this.environment = environment;
    }

    public String baseUrl() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }

    public Workspace create() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String password = "correct horse battery " + suffix;
        var created = setup.create("Workspace " + suffix, "admin-" + suffix + "@test.local", "Admin " + suffix, password);
        WorkspaceId ws = created.workspaceId();
        UserId supervisor = staffing.addMember(ws, "sup-" + suffix + "@test.local", "Sup " + suffix, Role.SUPERVISOR, password);
        UserId agent = staffing.addMember(ws, "agent-" + suffix + "@test.local", "Agent " + suffix, Role.AGENT, password);
        Map<Channel, UUID> channelInboxes = new java.util.EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            channelInboxes.put(channel, inboxes.create(ws, channel.id() + " inbox", channel, Map.of()).id());
        }
        return new Workspace(ws,
                account(ws, created.adminId(), Role.ADMIN, "admin-" + suffix + "@test.local", password),
                account(ws, supervisor, Role.SUPERVISOR, "sup-" + suffix + "@test.local", password),
                account(ws, agent, Role.AGENT, "agent-" + suffix + "@test.local", password),
                channelInboxes);
    }

    /** One more agent in the workspace, with the same password as its other accounts. */
    public StaffAccount addAgent(Workspace workspace, String displayName) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "agent-" + suffix + "@test.local";
        String password = "correct horse battery " + suffix;
        UserId agent = staffing.addMember(workspace.id(), email, displayName, Role.AGENT, password);
        return account(workspace.id(), agent, Role.AGENT, email, password);
    }

    private StaffAccount account(WorkspaceId ws, UserId user, Role role, String email, String password) {
        String token = tokens.issue(new Caller(ws, user, role), "test").token();
        return new StaffAccount(user, email, password, new TestApi(baseUrl(), token));
    }

    /** Delivers a customer message to the workspace's inbox of that channel; answers the conversation id. */
    public String inbound(Workspace workspace, Channel channel, Map<String, Object> message) {
        TestApi.Response response = workspace.admin().api().post("/api/v1/inboxes/" + workspace.inbox(channel) + "/inbound",
                message);
        if (response.status() != 201 && response.status() != 200) {
            throw new IllegalStateException("Inbound message not accepted: " + response.status() + " " + response.body());
        }
        return response.json().get("conversationId").asString();
    }

    public TestApi anonymous() {
        return new TestApi(baseUrl(), null);
    }
}
