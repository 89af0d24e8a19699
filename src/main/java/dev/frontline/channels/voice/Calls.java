package dev.frontline.channels.voice;

import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored calls ({@code voice_calls}) and their provider status reports ({@code voice_call_events}). */
@Repository
class Calls {

    /** Sets the agent's leg, which an outgoing call's provisional CallSid becomes too (leg, provisional SID, leg). */
    private static final String NAMING_AGENT_LEG =
            "agent_call_sid = ?, call_sid = case when call_sid = ? then ? else call_sid end";

    private static final String COLUMNS = """
            id, workspace_id, inbox_id, call_sid, direction, from_number, to_number, conversation_id, queue_id, agent_id,
            webhook_base, state, outcome, provider_status, created_at, enqueued_at, bridged_at, answered_at, ended_at,
            hold_started_at, hold_seconds, callback_requested, voicemail, note, wrap_up_seconds, conference_sid, agent_call_sid,
            agent_muted, consult_agent_id, consult_call_sid, consult_answered_at, handed_over_by, handed_over_at,
            hand_over_note, hand_over_wrap_up_seconds""";

    private final JdbcClient jdbc;

    Calls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new call; false if the provider reported this CallSid before (a retried webhook). */
    boolean insert(Call call) {
        return jdbc.sql("insert into voice_calls (id, workspace_id, inbox_id, call_sid, direction, from_number, to_number, "
                        + "conversation_id, agent_id, webhook_base, state, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict do nothing")
                .params(call.id(), call.workspace().value(), call.inboxId(), call.callSid(), call.direction().name(),
                        call.from(), call.to(), call.conversationId(), call.agentId(), call.webhookBase(),
                        call.state().name(), Timestamps.sql(call.createdAt()))
                .update() == 1;
    }

    Optional<Call> bySid(UUID inboxId, String callSid) {
        return jdbc.sql("select " + COLUMNS + " from voice_calls where inbox_id = ? and call_sid = ?")
                .params(inboxId, callSid).query(Calls::call).optional();
    }

    /** The call's row, locked until the transaction ends, so status reports for one call apply one at a time. */
    Optional<Call> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from voice_calls where id = ? for update").param(id).query(Calls::call).optional();
    }

    Optional<Call> get(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from voice_calls where workspace_id = ? and id = ?")
                .params(workspace.value(), id).query(Calls::call).optional();
    }

    /** The calls of a conversation, newest first. */
    List<Call> ofConversation(WorkspaceId workspace, UUID conversationId) {
        return jdbc.sql("select " + COLUMNS + " from voice_calls where workspace_id = ? and conversation_id = ? "
                        + "order by created_at desc, id limit 100")
                .params(workspace.value(), conversationId).query(Calls::call).list();
    }

    /** The conversation's incoming call still waiting for an agent (or being rung), if any. */
    Optional<Call> waitingIn(WorkspaceId workspace, UUID conversationId) {
        return jdbc.sql("select " + COLUMNS + " from voice_calls where workspace_id = ? and conversation_id = ? "
                        + "and direction = 'INBOUND' and state in ('QUEUED', 'RINGING') order by created_at desc limit 1")
                .params(workspace.value(), conversationId).query(Calls::call).optional();
    }

    /** Records a status report once; false if this call already reported this status (a duplicate). */
    boolean recordEvent(UUID callId, String status, Instant at) {
        return jdbc.sql("insert into voice_call_events (call_id, status, occurred_at) values (?, ?, ?) on conflict do nothing")
                .params(callId, status, Timestamps.sql(at)).update() == 1;
    }

    /** Whether this call reported this status (see {@link #recordEvent}). */
    boolean reported(UUID callId, String status) {
        return jdbc.sql("select count(*) from voice_call_events where call_id = ? and status = ?")
                .params(callId, status).query(Long.class).single() > 0;
    }

    void queued(UUID id, UUID conversationId, @Nullable UUID queueId, Instant at) {
        jdbc.sql("update voice_calls set conversation_id = ?, queue_id = ?, enqueued_at = coalesce(enqueued_at, ?), "
                        + "state = case when state = 'ENDED' then state else 'QUEUED' end where id = ?")
                .params(conversationId, queueId, Timestamps.sql(at), id).update();
    }

    /** The call goes (back) to waiting: after a transfer, the next agent is dialled when they take it. */
    void requeued(UUID id, @Nullable UUID queueId) {
        jdbc.sql("update voice_calls set state = 'QUEUED', agent_id = null, agent_call_sid = null, agent_muted = false, "
                + "consult_agent_id = null, consult_call_sid = null, consult_answered_at = null, queue_id = coalesce(?, queue_id) "
                + "where id = ? and state <> 'ENDED'").params(queueId, id).update();
    }

    /** An agent is being dialled; their leg (and its mute) is recorded once the provider created it. */
    void bridging(UUID id, UUID agentId, Instant at) {
        jdbc.sql("update voice_calls set agent_id = ?, bridged_at = coalesce(bridged_at, ?), state = 'RINGING', "
                + "agent_call_sid = null, agent_muted = false where id = ? and state <> 'ENDED'")
                .params(agentId, Timestamps.sql(at), id).update();
    }

    /**
     * The handling agent's leg, as its first status report named it. An outgoing call's provisional CallSid becomes
     * the agent's leg too ({@link Call#provisionalSid}).
     */
    void agentLeg(UUID id, String agentCallSid) {
        jdbc.sql("update voice_calls set " + NAMING_AGENT_LEG + " where id = ?")
                .params(agentCallSid, Call.provisionalSid(id), agentCallSid, id).update();
    }

    /** The leg the provider created for {@code agentId}, unless the call moved on (another agent, or it ended). */
    void agentLegAdded(UUID id, UUID agentId, String agentCallSid) {
        jdbc.sql("update voice_calls set " + NAMING_AGENT_LEG + " where id = ? and agent_id = ? and agent_call_sid is null")
                .params(agentCallSid, Call.provisionalSid(id), agentCallSid, id, agentId).update();
    }

    /**
     * The contact's leg of an outgoing call becomes the call's CallSid (until then the agent's leg), unless it was
     * already added or the call ended.
     */
    void contactLegAdded(UUID id, String contactCallSid) {
        jdbc.sql("update voice_calls set call_sid = ? where id = ? and call_sid = agent_call_sid and state <> 'ENDED'")
                .params(contactCallSid, id).update();
    }

    void muted(UUID id, boolean muted) {
        jdbc.sql("update voice_calls set agent_muted = ? where id = ?").params(muted, id).update();
    }

    /** The conference the caller is in now (a callback of a conference that already ended changes nothing). */
    void conference(UUID id, String conferenceSid) {
        jdbc.sql("update voice_calls set conference_sid = ? where id = ? and state <> 'ENDED' and not exists "
                        + "(select 1 from voice_call_events e where e.call_id = ? and e.status = ?)")
                .params(conferenceSid, id, id, "conference:" + conferenceSid + ":conference-end").update();
    }

    void conferenceEnded(UUID id, String conferenceSid) {
        jdbc.sql("update voice_calls set conference_sid = null where id = ? and conference_sid = ?")
                .params(id, conferenceSid).update();
    }

    /** A colleague is being dialled into the conference for a warm transfer; false if a consultation is going on. */
    boolean consulting(UUID id, UUID consultAgentId) {
        return jdbc.sql("update voice_calls set consult_agent_id = ?, consult_call_sid = null, consult_answered_at = null "
                        + "where id = ? and consult_agent_id is null and state <> 'ENDED'")
                .params(consultAgentId, id).update() == 1;
    }

    void consultLeg(UUID id, String consultCallSid) {
        jdbc.sql("update voice_calls set consult_call_sid = ? where id = ? and consult_agent_id is not null")
                .params(consultCallSid, id).update();
    }

    void consultAnswered(UUID id, Instant at) {
        jdbc.sql("update voice_calls set consult_answered_at = coalesce(consult_answered_at, ?) where id = ?")
                .params(Timestamps.sql(at), id).update();
    }

    /** The consultation is over (cancelled, or the colleague's leg ended); the handling agent is unchanged. */
    void consultEnded(UUID id) {
        jdbc.sql("update voice_calls set consult_agent_id = null, consult_call_sid = null, consult_answered_at = null "
                + "where id = ?").param(id).update();
    }

    /** Warm transfer completed: the consulted colleague and their leg handle the call now. */
    void consultTookOver(UUID id, UUID agentId, String agentCallSid, Instant at) {
        jdbc.sql("update voice_calls set handed_over_by = agent_id, handed_over_at = ?, hand_over_note = null, "
                + "hand_over_wrap_up_seconds = null, agent_id = ?, agent_call_sid = ?, agent_muted = false, "
                + "consult_agent_id = null, consult_call_sid = null, consult_answered_at = null where id = ?")
                .params(Timestamps.sql(at), agentId, agentCallSid, id).update();
    }

    void answered(UUID id, Instant at) {
        jdbc.sql("update voice_calls set answered_at = case when answered_at is null or answered_at > ? then ? else answered_at end, "
                        + "state = case when state in ('ENDED', 'ON_HOLD') then state else 'CONNECTED' end where id = ?")
                .params(Timestamps.sql(at), Timestamps.sql(at), id).update();
    }

    void ended(UUID id, String providerStatus, Instant at) {
        jdbc.sql("update voice_calls set ended_at = coalesce(ended_at, ?), provider_status = ?, state = 'ENDED' where id = ?")
                .params(Timestamps.sql(at), providerStatus, id).update();
    }

    void outcome(UUID id, Call.@Nullable Outcome outcome) {
        jdbc.sql("update voice_calls set outcome = ? where id = ?").params(outcome == null ? null : outcome.name(), id).update();
    }

    void hold(UUID id, Instant at) {
        jdbc.sql("update voice_calls set hold_started_at = ?, state = 'ON_HOLD' where id = ? and hold_started_at is null")
                .params(Timestamps.sql(at), id).update();
    }

    void resume(UUID id, long heldSeconds) {
        jdbc.sql("update voice_calls set hold_seconds = hold_seconds + ?, hold_started_at = null, state = 'CONNECTED' "
                + "where id = ? and hold_started_at is not null").params(heldSeconds, id).update();
    }

    void callbackRequested(UUID id) {
        jdbc.sql("update voice_calls set callback_requested = true where id = ?").param(id).update();
    }

    void voicemail(UUID id) {
        jdbc.sql("update voice_calls set voicemail = true where id = ?").param(id).update();
    }

    void note(UUID id, String note, @Nullable Long wrapUpSeconds) {
        jdbc.sql("update voice_calls set note = ?, wrap_up_seconds = coalesce(wrap_up_seconds, ?) where id = ?")
                .params(note, wrapUpSeconds, id).update();
    }

    /** The note of the agent who handed the call over; their first one fixes their wrap-up time. */
    void handOverNote(UUID id, String note, long wrapUpSeconds) {
        jdbc.sql("update voice_calls set hand_over_note = ?, hand_over_wrap_up_seconds = coalesce(hand_over_wrap_up_seconds, ?) "
                + "where id = ?").params(note, wrapUpSeconds, id).update();
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Call call(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        Long wrapUpSeconds = nullableLong(rs, "wrap_up_seconds");
        return new Call(rs.getObject("id", UUID.class), new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                rs.getObject("inbox_id", UUID.class), rs.getString("call_sid"),
                Call.Direction.valueOf(rs.getString("direction")), rs.getString("from_number"), rs.getString("to_number"),
                rs.getObject("conversation_id", UUID.class), rs.getObject("queue_id", UUID.class),
                rs.getObject("agent_id", UUID.class), rs.getString("webhook_base"), Call.State.valueOf(rs.getString("state")),
                outcome == null ? null : Call.Outcome.valueOf(outcome), rs.getString("provider_status"),
                Timestamps.read(rs, "created_at"), Timestamps.read(rs, "enqueued_at"), Timestamps.read(rs, "bridged_at"),
                Timestamps.read(rs, "answered_at"), Timestamps.read(rs, "ended_at"), Timestamps.read(rs, "hold_started_at"),
                rs.getLong("hold_seconds"), rs.getBoolean("callback_requested"), rs.getBoolean("voicemail"),
                rs.getString("note"), wrapUpSeconds, new Call.Bridge(rs.getString("conference_sid"),
                        rs.getString("agent_call_sid"), rs.getBoolean("agent_muted"), rs.getObject("consult_agent_id", UUID.class),
                        rs.getString("consult_call_sid"), Timestamps.read(rs, "consult_answered_at")),
                new Call.HandOver(rs.getObject("handed_over_by", UUID.class), Timestamps.read(rs, "handed_over_at"),
                        rs.getString("hand_over_note"), nullableLong(rs, "hand_over_wrap_up_seconds")));
    }
}
