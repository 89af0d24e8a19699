package dev.frontline.workforce.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An agent's offer to swap their shift on {@code requesterDay} for the partner's on {@code partnerDay} (or to give it
 * away when the partner has none then). The partner accepts, then a supervisor approves, which applies it.
 */
public record ShiftSwap(UUID id, UUID scheduleId, UUID requesterId, LocalDate requesterDay, UUID partnerId, LocalDate partnerDay, Status status,
                        Instant createdAt, @Nullable Instant decidedAt) {

    public enum Status { REQUESTED, ACCEPTED, APPROVED, DECLINED }
}
