package dev.frontline.workforce;

import dev.frontline.support.TestWorkspaces;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A forecast fixture at quarter-hour resolution: eight past weeks in which every weekday morning from 09:00 to 12:00
 * brings 2, 5, 8 and 11 contacts in the four quarter hours of each hour, all answered after 10 s.
 */
public final class MorningRush {

    public static final int WEEKS = 8;

    private MorningRush() {
    }

    /** Contacts in quarter hour {@code quarter} (0 = 09:00) of a weekday morning. */
    public static int contacts(int quarter) {
        return 2 + 3 * (quarter % 4);
    }

    public static void insert(JdbcClient jdbc, TestWorkspaces.Workspace workspace, UUID queue, ZoneId zone, LocalDate thisMonday) {
        for (int week = 1; week <= WEEKS; week++) {
            for (int day = 0; day < 5; day++) {
                LocalDateTime morning = thisMonday.minusWeeks(week).plusDays(day).atTime(9, 0);
                for (int quarter = 0; quarter < 12; quarter++) {
                    for (int contact = 0; contact < contacts(quarter); contact++) {
                        Instant enqueued = morning.plusMinutes(15L * quarter).plusSeconds(60L * contact).atZone(zone).toInstant();
                        QueueVisits.visit(jdbc, workspace, queue, "chat", enqueued, 10, "ANSWERED");
                    }
                }
            }
        }
    }
}
