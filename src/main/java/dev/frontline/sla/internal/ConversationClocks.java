package dev.frontline.sla.internal;

import dev.frontline.conversations.ConversationCreated;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationPriorityChanged;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationStatusChanged;
import dev.frontline.conversations.ConversationTagged;
import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.MessageReceived;
import dev.frontline.conversations.MessageSent;
import dev.frontline.conversations.Status;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.sla.BusinessHours;
import dev.frontline.sla.SlaMetric;
import dev.frontline.sla.SlaPolicyChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts, pauses, resumes and stops a conversation's clocks in the transaction that changes the
 * conversation, so clocks never disagree with it. A customer message starts the first-response clock (or,
 * once that is met, a next-response clock); a reply meets them; resolving meets the resolution clock and
 * pauses the others; a waiting status pauses what the policy's pause matrix says; reopening resumes.
 */
@Component
class ConversationClocks {

    private final ClockStore clocks;
    private final SlaPolicies policies;
    private final ConversationQueries conversations;
    private final BusinessHours businessHours;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final double warnShare;

    ConversationClocks(ClockStore clocks, SlaPolicies policies, ConversationQueries conversations,
                       BusinessHours businessHours, ApplicationEventPublisher events, Clock clock,
                       @Value("${frontline.sla.warn-share:0.75}") double warnShare) {
        if (!(warnShare > 0 && warnShare <= 1)) {
            throw new IllegalArgumentException("frontline.sla.warn-share must be in (0, 1], was " + warnShare);
        }
        this.clocks = clocks;
        this.policies = policies;
        this.conversations = conversations;
        this.businessHours = businessHours;
        this.events = events;
        this.clock = clock;
        this.warnShare = warnShare;
    }

    @EventListener
    void on(ConversationCreated created) {
        ConversationView conversation = conversations.get(created.workspaceId(), created.conversationId());
        if (ended(conversation)) {
            return;
        }
        Map<SlaMetric, SlaClock> current = clocks.lock(created.workspaceId(), created.conversationId());
        policies.choose(created.workspaceId(), conversation).ifPresent(policy ->
                startIfAbsent(created.workspaceId(), conversation, policy, SlaMetric.RESOLUTION, current, clock.instant()));
    }

    @EventListener
    void on(MessageReceived received) {
        if (received.automated()) {
            return;
        }
        WorkspaceId workspace = received.workspaceId();
        ConversationView conversation = conversations.get(workspace, received.conversationId());
        if (ended(conversation)) {
            return;
        }
        Optional<SlaPolicy> chosen = policies.choose(workspace, conversation);
        if (chosen.isEmpty()) {
            return;
        }
        SlaPolicy policy = chosen.get();
        Instant now = clock.instant();
        Map<SlaMetric, SlaClock> current = clocks.lock(workspace, received.conversationId());
        startIfAbsent(workspace, conversation, policy, SlaMetric.RESOLUTION, current, now);
        SlaClock first = current.get(SlaMetric.FIRST_RESPONSE);
        if (first == null) {
            startIfAbsent(workspace, conversation, policy, SlaMetric.FIRST_RESPONSE, current, now);
        } else if (!first.state().live()) {
            SlaClock next = current.get(SlaMetric.NEXT_RESPONSE);
            if ((next == null || !next.state().live()) && policy.targets().containsKey(SlaMetric.NEXT_RESPONSE)) {
                save(workspace, received.conversationId(), start(workspace, conversation, policy, SlaMetric.NEXT_RESPONSE, now));
            }
        }
    }

    @EventListener
    void on(MessageSent sent) {
        Instant now = clock.instant();
        clocks.lock(sent.workspaceId(), sent.conversationId()).values().stream()
                .filter(c -> c.metric() != SlaMetric.RESOLUTION && c.state().live())
                .forEach(c -> save(sent.workspaceId(), sent.conversationId(), c.stop(now, time(sent.workspaceId(), c))));
    }

    @EventListener
    void on(ConversationStatusChanged changed) {
        WorkspaceId workspace = changed.workspaceId();
        Instant now = clock.instant();
        for (SlaClock c : clocks.lock(workspace, changed.conversationId()).values()) {
            ClockTime time = time(workspace, c);
            SlaClock next = switch (changed.to()) {
                case RESOLVED, CLOSED -> c.metric() == SlaMetric.RESOLUTION ? c.stop(now, time) : c.pause(now, time);
                case OPEN -> resumed(c, now, time);
                case PENDING, SNOOZED -> pausedBy(workspace, c, changed.to()) ? c.pause(now, time) : resumed(c, now, time);
            };
            if (!next.equals(c)) {
                save(workspace, changed.conversationId(), next);
            }
        }
    }

    @EventListener
    void on(ConversationPriorityChanged changed) {
        reevaluate(changed.workspaceId(), changed.conversationId());
    }

    @EventListener
    void on(ConversationTagged tagged) {
        reevaluate(tagged.workspaceId(), tagged.conversationId());
    }

    /** What the policy depends on changed: live clocks move to the policy that matches now, keeping their time. */
    private void reevaluate(WorkspaceId workspace, ConversationId id) {
        Map<SlaMetric, SlaClock> current = clocks.lock(workspace, id);
        if (current.isEmpty()) {
            return;
        }
        ConversationView conversation = conversations.get(workspace, id);
        Optional<SlaPolicy> chosen = policies.choose(workspace, conversation);
        if (chosen.isEmpty()) {
            return;
        }
        SlaPolicy policy = chosen.get();
        Instant now = clock.instant();
        String previous = null;
        for (SlaClock c : current.values()) {
            if (!c.state().live() || c.policyId().equals(policy.id())) {
                continue;
            }
            SlaClock moved = c.retarget(policy, now, time(workspace, c), time(workspace, policy.businessTime(), conversation),
                    warnShare);
            if (!moved.equals(c)) {
                save(workspace, id, moved);
                previous = c.policyName();
            }
        }
        if (previous != null) {
            events.publishEvent(new SlaPolicyChanged(workspace, id, previous, policy.name()));
        }
    }

    /** Back to work: paused clocks run again, and a met resolution clock counts on (the conversation reopened). */
    private SlaClock resumed(SlaClock c, Instant now, ClockTime time) {
        return c.metric() == SlaMetric.RESOLUTION && !c.state().live()
                ? c.reopen(now, time, warnShare) : c.resume(now, time, warnShare);
    }

    private boolean pausedBy(WorkspaceId workspace, SlaClock c, Status status) {
        return policies.find(workspace, c.policyId()).map(policy -> policy.pauses(status, c.metric()))
                .orElseGet(() -> SlaPolicy.DEFAULT_PAUSES.getOrDefault(status, Set.of()).contains(c.metric()));
    }

    private void startIfAbsent(WorkspaceId workspace, ConversationView conversation, SlaPolicy policy, SlaMetric metric,
                               Map<SlaMetric, SlaClock> current, Instant now) {
        if (!current.containsKey(metric) && policy.targets().containsKey(metric)) {
            SlaClock started = start(workspace, conversation, policy, metric, now);
            current.put(metric, started);
            save(workspace, new ConversationId(conversation.id()), started);
        }
    }

    /** A clock started while the conversation waits (created pending, say) starts paused if the policy says so. */
    private SlaClock start(WorkspaceId workspace, ConversationView conversation, SlaPolicy policy, SlaMetric metric,
                           Instant now) {
        ClockTime time = time(workspace, policy.businessTime(), conversation);
        SlaClock started = SlaClock.start(policy, metric, conversation.teamId(), now, time, warnShare);
        return policy.pauses(conversation.status(), metric) ? started.pause(now, time) : started;
    }

    /** Conversations that arrive already resolved (an imported history) have nothing left to measure. */
    private static boolean ended(ConversationView conversation) {
        return conversation.status() == Status.RESOLVED || conversation.status() == Status.CLOSED;
    }

    private void save(WorkspaceId workspace, ConversationId id, SlaClock c) {
        clocks.save(workspace, id, c);
    }

    private ClockTime time(WorkspaceId workspace, SlaClock c) {
        return c.businessTime() ? ClockTime.business(businessHours.calendar(workspace, c.teamId())) : ClockTime.CALENDAR;
    }

    private ClockTime time(WorkspaceId workspace, boolean businessTime, ConversationView conversation) {
        return businessTime ? ClockTime.business(businessHours.calendar(workspace, conversation.teamId())) : ClockTime.CALENDAR;
    }
}
