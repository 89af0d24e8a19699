package dev.frontline.workforce.activity;

import dev.frontline.presence.PresenceStatus;
import dev.frontline.shared.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One local day of each agent's work: seconds in each presence state (up to now for today), the contacts they
 * resolved that day and the mean handle time of those (assignment to resolution; null without contacts).
 */
public record WorkReport(LocalDate day, String zone, List<Row> agents) {

    public record Row(UserId userId, String displayName, Map<PresenceStatus, Long> secondsInState, long loggedInSeconds,
                      int contactsHandled, @Nullable Double averageHandleSeconds) {
    }

    /** RFC 4180 CSV, one line per agent; a name starting with = + - @ is prefixed with ' so spreadsheets show it as text. */
    public String csv() {
        StringBuilder csv = new StringBuilder("day,agent");
        for (PresenceStatus status : PresenceStatus.values()) {
            csv.append(',').append(status.name().toLowerCase()).append("_seconds");
        }
        csv.append(",logged_in_seconds,contacts_handled,average_handle_seconds\r\n");
        for (Row row : agents) {
            csv.append(day).append(',').append(field(row.displayName()));
            for (PresenceStatus status : PresenceStatus.values()) {
                csv.append(',').append(row.secondsInState().getOrDefault(status, 0L));
            }
            csv.append(',').append(row.loggedInSeconds()).append(',').append(row.contactsHandled()).append(',')
                    .append(row.averageHandleSeconds() == null ? "" : Math.round(row.averageHandleSeconds())).append("\r\n");
        }
        return csv.toString();
    }

    private static String field(String value) {
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
