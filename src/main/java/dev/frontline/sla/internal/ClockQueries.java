package dev.frontline.sla.internal;

import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.shared.Caller;
import dev.frontline.sla.BusinessHours;
import dev.frontline.sla.SlaMetric;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A conversation's clocks as the caller's workspace sees them, with the time left or taken right now. */
@Service
public class ClockQueries {

    /**
     * {@code elapsedSeconds}: counted (business or calendar) time so far, or in all once met;
     * {@code remainingSeconds}: target minus elapsed, negative when overdue; {@code dueAt} while running, and
     * {@code warnAt}, when it reaches the warning share ({@code frontline.sla.warn-share}).
     */
    public record ClockView(SlaMetric metric, SlaClock.State state, boolean breached, UUID policyId, String policy,
                            boolean businessTime, long targetSeconds, Instant startedAt, @Nullable Instant dueAt,
                            @Nullable Instant warnAt,
                            long elapsedSeconds, long remainingSeconds, @Nullable Instant breachedAt,
                            @Nullable Instant stoppedAt) {
    }

    private final ClockStore clocks;
    private final ConversationQueries conversations;
    private final BusinessHours businessHours;
    private final Clock clock;
    private final double warnShare;

    ClockQueries(ClockStore clocks, ConversationQueries conversations, BusinessHours businessHours, Clock clock,
                 WarningShare warningShare) {
        this.clocks = clocks;
        this.conversations = conversations;
        this.businessHours = businessHours;
        this.clock = clock;
        this.warnShare = warningShare.warnShare();
    }

    @Transactional(readOnly = true)
    public List<ClockView> clocks(Caller caller, ConversationId id) {
        conversations.get(caller.workspaceId(), id);
        Instant now = clock.instant();
        return clocks.read(caller.workspaceId(), id).values().stream().map(c -> {
            ClockTime time = c.businessTime()
                    ? ClockTime.business(businessHours.calendar(caller.workspaceId(), c.teamId())) : ClockTime.CALENDAR;
            Duration elapsed = c.elapsedAt(now, time);
            return new ClockView(c.metric(), c.state(), c.breachedAt() != null || c.state() == SlaClock.State.BREACHED,
                    c.policyId(), c.policyName(), c.businessTime(), c.target().toSeconds(), c.startedAt(), c.deadline(time),
                    c.warningTime(time, warnShare),
                    elapsed.toSeconds(), c.target().minus(elapsed).toSeconds(), c.breachedAt(), c.stoppedAt());
        }).toList();
    }
}
