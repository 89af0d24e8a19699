package dev.frontline.routing.internal;

import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationStatusChanged;
import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.Status;
import dev.frontline.presence.AgentPresence;
import dev.frontline.presence.Presence;
import dev.frontline.presence.PresenceStatus;
import dev.frontline.routing.ChannelKind;
import dev.frontline.routing.RoutingProperties;
import dev.frontline.shared.AfterCommit;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After-call work of a set length ({@code frontline.routing.after-call-work}; off when unset). When a call (a
 * conversation on a VOICE channel) is resolved or closed, its agent, if AVAILABLE or BUSY, goes to
 * AFTER_CALL_WORK, so routing offers them nothing while they wrap up; once the length has passed they are
 * AVAILABLE again, unless they changed their status meanwhile (then they chose, and it is left alone). The
 * status change runs after the resolution commits, in its own transaction, so it never holds the conversation's
 * row while taking the presence row (going offline takes them the other way round). The end is a row in
 * {@code routing_after_call_work}, so it survives a restart and is ended by whichever node's sweep deletes the
 * due row first; the others find nothing to delete.
 */
@Component
class AfterCallWork {

    private static final Logger log = LoggerFactory.getLogger(AfterCallWork.class);
    private static final Set<PresenceStatus> WORKING = Set.of(PresenceStatus.AVAILABLE, PresenceStatus.BUSY);
    private static final int BATCH = 100;

    private final ConversationQueries conversations;
    private final Presence presence;
    private final JdbcClient jdbc;
    private final RoutingProperties properties;
    private final TransactionTemplate separately;
    private final Clock clock;

    AfterCallWork(ConversationQueries conversations, Presence presence, JdbcClient jdbc, RoutingProperties properties,
                  PlatformTransactionManager transactionManager, Clock clock) {
        this.conversations = conversations;
        this.presence = presence;
        this.jdbc = jdbc;
        this.properties = properties;
        this.separately = new TransactionTemplate(transactionManager);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @EventListener
    void on(ConversationStatusChanged changed) {
        Duration length = properties.afterCallWork();
        if (length == null || length.isZero() || (changed.to() != Status.RESOLVED && changed.to() != Status.CLOSED)) {
            return;
        }
        ConversationView call = conversations.get(changed.workspaceId(), changed.conversationId());
        if (call.assigneeId() == null || call.channel() == null || ChannelKind.of(call.channel()) != ChannelKind.VOICE) {
            return;
        }
        UserId agent = new UserId(call.assigneeId());
        AfterCommit.run(() -> {
            try {
                separately.executeWithoutResult(status -> start(changed.workspaceId(), agent, length));
            } catch (RuntimeException e) {
                log.warn("After-call work for {} could not start: {}", agent, e.toString());
            }
        });
    }

    private void start(WorkspaceId workspace, UserId agent, Duration length) {
        if (!WORKING.contains(presence.statusOf(workspace, agent).status())) {
            return;
        }
        AgentPresence wrapUp = presence.change(workspace, agent, PresenceStatus.AFTER_CALL_WORK, null);
        Instant since = Objects.requireNonNull(wrapUp.since());
        int updated = jdbc.sql("update routing_after_call_work set workspace_id = ?, started_at = ?, ends_at = ? where user_id = ?")
                .params(workspace.value(), Timestamps.sql(since), Timestamps.sql(since.plus(length)), agent.value()).update();
        if (updated == 0) {
            jdbc.sql("insert into routing_after_call_work (user_id, workspace_id, started_at, ends_at) values (?, ?, ?, ?)")
                    .params(agent.value(), workspace.value(), Timestamps.sql(since), Timestamps.sql(since.plus(length))).update();
        }
    }

    private record Due(WorkspaceId workspace, UserId agent, Instant startedAt) {
    }

    @Scheduled(fixedDelayString = "${frontline.routing.sweep-interval:PT1S}")
    void endDue() {
        try {
            List<Due> due = jdbc.sql("select workspace_id, user_id, started_at from routing_after_call_work where ends_at <= ? "
                            + "order by ends_at limit " + BATCH)
                    .param(Timestamps.sql(clock.instant()))
                    .query((rs, n) -> new Due(new WorkspaceId(rs.getObject(1, UUID.class)), new UserId(rs.getObject(2, UUID.class)),
                            Timestamps.read(rs, "started_at")))
                    .list();
            for (Due wrapUp : due) {
                separately.executeWithoutResult(status -> end(wrapUp));
            }
        } catch (RuntimeException e) {
            log.warn("Ending after-call work failed; the next sweep retries: {}", e.toString());
        }
    }

    /** Deleting the row decides which node ends it; the status is changed only if it is still this wrap-up. */
    private void end(Due wrapUp) {
        int deleted = jdbc.sql("delete from routing_after_call_work where user_id = ? and started_at = ?")
                .params(wrapUp.agent().value(), Timestamps.sql(wrapUp.startedAt())).update();
        AgentPresence now = presence.statusOf(wrapUp.workspace(), wrapUp.agent());
        if (deleted == 1 && now.status() == PresenceStatus.AFTER_CALL_WORK && now.since() != null
                && now.since().truncatedTo(ChronoUnit.MILLIS).equals(wrapUp.startedAt().truncatedTo(ChronoUnit.MILLIS))) {
            presence.change(wrapUp.workspace(), wrapUp.agent(), PresenceStatus.AVAILABLE, null);
        }
    }
}
