package dev.frontline.workforce;

import dev.frontline.shared.Timestamps;
import dev.frontline.support.TestWorkspaces;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A forecast fixture: past weeks in which six conversations entered a queue between 10:00 and 10:30 (the
 * workspace's local time) on every weekday and none at other times, written as routing records queue visits.
 */
public final class MorningContacts {

    private MorningContacts() {
    }

    public static void insert(JdbcClient jdbc, TestWorkspaces.Workspace workspace, UUID queue, ZoneId zone, int weeks) {
        LocalDateTime thisWeek = LocalDateTime.now(zone).truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int week = 1; week <= weeks; week++) {
            for (int day = 0; day < 5; day++) {
                for (int contact = 0; contact < 6; contact++) {
                    Instant enqueued = thisWeek.minusWeeks(week).plusDays(day).withHour(10).plusMinutes(4L * contact).atZone(zone).toInstant();
                    jdbc.sql("insert into routing_queue_visits (id, workspace_id, conversation_id, queue_id, channel, enqueued_at, left_at, outcome, agent_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .params(UUID.randomUUID(), workspace.id().value(), UUID.randomUUID(), queue, "chat", Timestamps.sql(enqueued),
                                    Timestamps.sql(enqueued.plusSeconds(15)), "ANSWERED", null)
                            .update();
                }
            }
        }
    }
}
