package dev.frontline.sla.internal;

import dev.frontline.contacts.ContactTierChanged;
import dev.frontline.conversations.ConversationAssigned;
import dev.frontline.conversations.ConversationCreated;
import dev.frontline.conversations.ConversationDeadlines;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationPriorityChanged;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationStatusChanged;
import dev.frontline.conversations.ConversationTagged;
import dev.frontline.conversations.ConversationTimeline;
import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.MessageReceived;
import dev.frontline.conversations.MessageSent;
import dev.frontline.conversations.OpeningDeadlines;
import dev.frontline.conversations.Status;
import dev.frontline.shared.Actor;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.sla.BusinessHours;
import dev.frontline.sla.SlaMetric;
import dev.frontline.sla.SlaPolicyChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts, pauses, resumes and stops a conversation's clocks in the transaction that changes the
 * conversation, so clocks never disagree with it. A customer message starts the first-response clock (or,
 * once that is met, a next-response clock); a reply meets them; resolving meets the resolution clock and
 * pauses the others; a waiting status pauses what the policy's pause matrix says; reopening resumes.
 * Whenever a clock changes, the conversation's next deadline ({@link ConversationDeadlines}, what the inbox
 * list shows and sorts by) is written in the same transaction. A conversation a customer's message opens is
 * inserted with that deadline already ({@link #of}): its clocks start at its creation instant, so the deadline
 * they set is the one it has, and writing it costs nothing.
 */
@Component
class ConversationClocks implements OpeningDeadlines {

    private final ClockStore clocks;
    private final ConversationDeadlines deadlines;
    private final ConversationTimeline timeline;
    private final SlaPolicies policies;
    private final ConversationQueries conversations;
    private final BusinessHours businessHours;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final double warnShare;

    ConversationClocks(ClockStore clocks, ConversationDeadlines deadlines, ConversationTimeline timeline, SlaPolicies policies,
                       ConversationQueries conversations, BusinessHours businessHours, ApplicationEventPublisher events,
                       Clock clock, WarningShare warningShare) {
        this.clocks = clocks;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.policies = policies;
        this.conversations = conversations;
        this.businessHours = businessHours;
        this.events = events;
        this.clock = clock;
        this.warnShare = warningShare.warnShare();
    }

    /** One conversation's clocks, locked for this transaction; {@link #save} keeps the map and the table in step. */
    private final class Locked {

        final WorkspaceId workspace;
        final ConversationId id;
        final Map<SlaMetric, SlaClock> current;
        /** New clocks, inserted together by {@link #done}: a new conversation starts two or three at once. */
        private final Map<SlaMetric, SlaClock> started = new EnumMap<>(SlaMetric.class);
        private boolean changed;

        Locked(WorkspaceId workspace, ConversationId id) {
            this(workspace, id, clocks.lock(workspace, id));
        }

        Locked(WorkspaceId workspace, ConversationId id, Map<SlaMetric, SlaClock> current) {
            this.workspace = workspace;
            this.id = id;
            this.current = current;
        }

        void save(SlaClock next) {
            SlaClock previous = current.put(next.metric(), next);
            if (!next.equals(previous)) {
                if (previous == null || started.containsKey(next.metric())) {
                    started.put(next.metric(), next);
                } else {
                    clocks.update(workspace, id, next);
                }
                changed = true;
            }
        }

        /** After the changes: the new clocks, and the conversation's next deadline, written only when a clock changed. */
        void done() {
            if (!started.isEmpty()) {
                clocks.insertAll(workspace, id, started.values());
            }
            if (changed) {
                deadlines.set(workspace, id, nextDeadline(workspace, current.values()));
            }
        }
    }

    @EventListener
    void on(ConversationCreated created) {
        if (created.byCustomerMessage()) {
            return; // the opening message's event follows and starts every clock at once (one deadline write)
        }
        ConversationView conversation = conversations.get(created.workspaceId(), created.conversationId());
        if (ended(conversation)) {
            return;
        }
        // Created in this transaction: it has no clocks yet and nobody else can see it, so there is nothing to lock.
        Locked locked = new Locked(created.workspaceId(), created.conversationId(), new EnumMap<>(SlaMetric.class));
        Instant now = clock.instant();
        policies.choose(created.workspaceId(), conversation).ifPresent(policy -> {
            startIfAbsent(locked, conversation, policy, SlaMetric.RESOLUTION, now);
            if (created.actor().type() == Actor.Type.CONTACT) {
                startTakingClocks(locked, conversation, policy, now);
            }
        });
        locked.done();
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
        if (received.startedConversation()) {
            // Created in this transaction without clocks: nothing to lock or read.
            Locked locked = new Locked(workspace, received.conversationId(), new EnumMap<>(SlaMetric.class));
            startOpening(locked, conversation, policy);
            locked.done();
            return;
        }
        Instant now = clock.instant();
        Locked locked = new Locked(workspace, received.conversationId());
        startIfAbsent(locked, conversation, policy, SlaMetric.RESOLUTION, now);
        SlaClock first = locked.current.get(SlaMetric.FIRST_RESPONSE);
        if (first == null) {
            startIfAbsent(locked, conversation, policy, SlaMetric.FIRST_RESPONSE, now);
            startTakingClocks(locked, conversation, policy, now);
        } else if (!first.state().live()) {
            SlaClock next = locked.current.get(SlaMetric.NEXT_RESPONSE);
            if ((next == null || !next.state().live()) && policy.targets().containsKey(SlaMetric.NEXT_RESPONSE)) {
                locked.save(start(workspace, conversation, policy, SlaMetric.NEXT_RESPONSE, now));
            }
        }
        locked.done();
    }

    /** The deadline {@link #on(MessageReceived)} will set for a conversation its message opens, computed the same way. */
    @Override
    public ConversationDeadlines.@Nullable Deadline of(WorkspaceId workspace, ConversationView opening) {
        if (ended(opening)) {
            return null;
        }
        return policies.choose(workspace, opening).map(policy -> {
            Locked locked = new Locked(workspace, new ConversationId(opening.id()), new EnumMap<>(SlaMetric.class));
            startOpening(locked, opening, policy);
            return nextDeadline(workspace, locked.current.values());
        }).orElse(null);
    }

    /** A customer's first message: every clock starts when the conversation was created. */
    private void startOpening(Locked locked, ConversationView conversation, SlaPolicy policy) {
        Instant createdAt = conversation.createdAt();
        startIfAbsent(locked, conversation, policy, SlaMetric.RESOLUTION, createdAt);
        startIfAbsent(locked, conversation, policy, SlaMetric.FIRST_RESPONSE, createdAt);
        startTakingClocks(locked, conversation, policy, createdAt);
    }

    @EventListener
    void on(MessageSent sent) {
        Instant now = clock.instant();
        Locked locked = new Locked(sent.workspaceId(), sent.conversationId());
        List.copyOf(locked.current.values()).stream()
                .filter(c -> c.metric() != SlaMetric.RESOLUTION && c.state().live())
                .forEach(c -> locked.save(c.stop(now, time(sent.workspaceId(), c))));
        locked.done();
    }

    @EventListener
    void on(ConversationStatusChanged changed) {
        WorkspaceId workspace = changed.workspaceId();
        Instant now = clock.instant();
        Locked locked = new Locked(workspace, changed.conversationId());
        for (SlaClock c : List.copyOf(locked.current.values())) {
            ClockTime time = time(workspace, c);
            locked.save(switch (changed.to()) {
                case RESOLVED, CLOSED -> c.metric() == SlaMetric.RESOLUTION ? c.stop(now, time) : c.pause(now, time);
                case OPEN -> resumed(c, now, time);
                case PENDING, SNOOZED -> pausedBy(workspace, c, changed.to()) ? c.pause(now, time) : resumed(c, now, time);
            });
        }
        locked.done();
    }

    /**
     * Someone took the conversation: time to accept / answer is met. Another team: business-time clocks count on
     * by that team's calendar (recorded on the timeline when a clock's due time follows it).
     */
    @EventListener
    void on(ConversationAssigned assigned) {
        WorkspaceId workspace = assigned.workspaceId();
        Instant now = clock.instant();
        Locked locked = new Locked(workspace, assigned.conversationId());
        boolean calendarChanged = false;
        for (SlaClock c : List.copyOf(locked.current.values())) {
            SlaClock next = assigned.assignee() != null && c.metric().metByTaking() ? c.stop(now, time(workspace, c)) : c;
            SlaClock moved = next.moveToTeam(assigned.teamId(), now, time(workspace, next),
                    next.businessTime() ? ClockTime.business(businessHours.calendar(workspace, assigned.teamId())) : ClockTime.CALENDAR,
                    warnShare);
            calendarChanged |= moved != next && next.businessTime();
            locked.save(moved);
        }
        locked.done();
        if (calendarChanged) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("teamId", assigned.teamId());
            timeline.record(workspace, assigned.conversationId(), "sla_calendar_changed", assigned.actor(), detail);
        }
    }

    @EventListener
    void on(ConversationPriorityChanged changed) {
        reevaluate(changed.workspaceId(), changed.conversationId(), "priority", changed.actor());
    }

    @EventListener
    void on(ConversationTagged tagged) {
        reevaluate(tagged.workspaceId(), tagged.conversationId(), "tags", tagged.actor());
    }

    /** The customer's tier changed: each of their conversations still running clocks may fall under another policy. */
    @EventListener
    void on(ContactTierChanged changed) {
        for (ConversationId id : conversations.unendedOfContact(changed.workspaceId(), changed.contactId().value())) {
            deadlines.lock(changed.workspaceId(), id);
            reevaluate(changed.workspaceId(), id, "tier", Actor.SYSTEM);
        }
    }

    /**
     * What the policy depends on changed: live clocks move to the policy that matches now, keeping their time;
     * the move is published and written on the conversation's timeline with its reason.
     */
    private void reevaluate(WorkspaceId workspace, ConversationId id, String reason, Actor actor) {
        Locked locked = new Locked(workspace, id);
        if (locked.current.isEmpty()) {
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
        for (SlaClock c : List.copyOf(locked.current.values())) {
            if (!c.state().live() || c.policyId().equals(policy.id())) {
                continue;
            }
            SlaClock moved = c.retarget(policy, now, time(workspace, c), time(workspace, policy.businessTime(), conversation),
                    warnShare);
            if (!moved.equals(c)) {
                locked.save(moved);
                previous = c.policyName();
            }
        }
        locked.done();
        if (previous != null) {
            events.publishEvent(new SlaPolicyChanged(workspace, id, previous, policy.name()));
            timeline.record(workspace, id, "sla_policy_changed", actor,
                    Map.of("from", previous, "to", policy.name(), "reason", reason));
        }
    }

    /**
     * The running target due first (a breached one keeps the time it was due at, so the most overdue comes first),
     * with the instant it turns amber; null when nothing runs.
     */
    private ConversationDeadlines.@Nullable Deadline nextDeadline(WorkspaceId workspace, Iterable<SlaClock> all) {
        ConversationDeadlines.Deadline next = null;
        for (SlaClock c : all) {
            if (c.state() != SlaClock.State.RUNNING) {
                continue;
            }
            ClockTime time = time(workspace, c);
            Instant dueAt = c.dueAt() != null ? c.dueAt() : c.deadline(time);
            Instant warnAt = c.warningTime(time, warnShare);
            if (dueAt != null && (next == null || dueAt.isBefore(next.dueAt()))) {
                next = new ConversationDeadlines.Deadline(c.metric().name(), warnAt == null ? dueAt : warnAt, dueAt);
            }
        }
        return next;
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

    /** Time to accept / answer, on their channels, for a conversation nobody has taken yet. */
    private void startTakingClocks(Locked locked, ConversationView conversation, SlaPolicy policy, Instant now) {
        if (conversation.assigneeId() == null) {
            for (SlaMetric metric : SlaMetric.values()) {
                if (metric.metByTaking()) {
                    startIfAbsent(locked, conversation, policy, metric, now);
                }
            }
        }
    }

    private void startIfAbsent(Locked locked, ConversationView conversation, SlaPolicy policy, SlaMetric metric,
                               Instant now) {
        if (!locked.current.containsKey(metric) && policy.targets().containsKey(metric)
                && metric.appliesTo(conversation.channel())) {
            locked.save(start(locked.workspace, conversation, policy, metric, now));
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

    private ClockTime time(WorkspaceId workspace, SlaClock c) {
        return c.businessTime() ? ClockTime.business(businessHours.calendar(workspace, c.teamId())) : ClockTime.CALENDAR;
    }

    private ClockTime time(WorkspaceId workspace, boolean businessTime, ConversationView conversation) {
        return businessTime ? ClockTime.business(businessHours.calendar(workspace, conversation.teamId())) : ClockTime.CALENDAR;
    }
}
