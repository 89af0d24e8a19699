package dev.frontline.channels.voice;

import dev.frontline.channels.messaging.PhoneNumbers;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where each agent takes calls, set by the agent: a phone number, or a client identity of the provider's voice SDK.
 * An agent who set nothing is dialled as the client named by their user id.
 */
@Component
class AgentEndpoints {

    private final JdbcClient jdbc;

    AgentEndpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AgentEndpoint of(WorkspaceId workspace, UserId agent) {
        return stored(workspace, agent).orElseGet(() -> new AgentEndpoint(AgentEndpoint.Kind.CLIENT, agent.value().toString()));
    }

    Optional<AgentEndpoint> stored(WorkspaceId workspace, UserId agent) {
        return jdbc.sql("select kind, address from voice_agent_endpoints where workspace_id = ? and user_id = ?")
                .params(workspace.value(), agent.value())
                .query((rs, n) -> new AgentEndpoint(AgentEndpoint.Kind.valueOf(rs.getString(1)), rs.getString(2)))
                .optional();
    }

    /** Sets the agent's endpoint: a phone number is stored in E.164; a client identity is letters, digits, {@code _-.@}. */
    AgentEndpoint set(WorkspaceId workspace, UserId agent, AgentEndpoint.Kind kind, String address) {
        String stored = switch (kind) {
            case PHONE -> PhoneNumbers.e164(address).orElseThrow(() -> new InvalidRequestException("address",
                    "must be a phone number with its country code, like +15550001111"));
            case CLIENT -> {
                if (!address.matches("[A-Za-z0-9_.@-]{1,120}")) {
                    throw new InvalidRequestException("address", "must be 1-120 letters, digits or _ . @ -");
                }
                yield address;
            }
        };
        jdbc.sql("delete from voice_agent_endpoints where workspace_id = ? and user_id = ?")
                .params(workspace.value(), agent.value()).update();
        jdbc.sql("insert into voice_agent_endpoints (workspace_id, user_id, kind, address) values (?, ?, ?, ?)")
                .params(workspace.value(), agent.value(), kind.name(), stored).update();
        return new AgentEndpoint(kind, stored);
    }
}
