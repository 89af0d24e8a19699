package dev.frontline.routing.internal;

import dev.frontline.conversations.Priority;
import dev.frontline.routing.RoutingProperties;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The order queued work is taken in, as one number per item: the enqueue time in milliseconds minus a
 * credit of one priority step per priority level above LOW, and a VIP step for VIP contacts. Taking the
 * smallest key first is priority with aging: an URGENT item goes before NORMAL items that arrived up to
 * two priority steps earlier, but a NORMAL item that has waited longer than that goes first, so nothing
 * starves. The key never changes while the item waits, so the order is an index scan.
 */
public final class WorkOrder {

    private WorkOrder() {
    }

    public static long sortKey(Instant enqueuedAt, Priority priority, @Nullable String tier, Duration priorityStep,
                               Duration vipStep) {
        long credit = priority.ordinal() * priorityStep.toMillis() + (isVip(tier) ? vipStep.toMillis() : 0);
        return enqueuedAt.toEpochMilli() - credit;
    }

    /** With the installation's priority and VIP steps ({@code frontline.routing.priority-step}, {@code vip-step}). */
    public static long sortKey(Instant enqueuedAt, Priority priority, @Nullable String tier, RoutingProperties properties) {
        return sortKey(enqueuedAt, priority, tier, properties.priorityStepOrDefault(), properties.vipStepOrDefault());
    }

    static boolean isVip(@Nullable String tier) {
        return tier != null && (tier.equalsIgnoreCase("vip") || tier.equalsIgnoreCase("premium"));
    }
}
