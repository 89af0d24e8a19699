package dev.frontline.sla.internal;

import dev.frontline.sla.Holiday;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads holidays from an iCalendar file (RFC 5545), strictly and only as far as holiday calendars need:
 * all-day {@code VEVENT}s with {@code DTSTART} and optional {@code DTEND} (exclusive) or {@code DURATION}
 * in days, {@code SUMMARY} as the name, and {@code RRULE:FREQ=YEARLY} on the same date (optionally with
 * {@code INTERVAL=1} and the start's {@code BYMONTH}/{@code BYMONTHDAY}). Anything else an event may say
 * (a time of day, another repetition rule, {@code RDATE}/{@code EXDATE}, a cancellation) is not guessed
 * at: the event is skipped with the reason, which the import preview shows. No iCalendar library is on
 * the build's repository, and this subset is small enough to read by hand.
 */
public final class IcsHolidays {

    /** A holiday as read from the file, before it is stored. */
    public record Candidate(String name, LocalDate firstDay, LocalDate lastDay, boolean yearly) {
    }

    /** Why an event is not imported. */
    public enum Reason { NO_SUMMARY, CANCELLED, NOT_ALL_DAY, EXTRA_DATES, UNSUPPORTED_RULE, NO_DAYS, TOO_LONG }

    /** An event that is not imported, and why. */
    public record Skipped(String summary, Reason reason) {
    }

    public record Parsed(List<Candidate> holidays, List<Skipped> skipped) {
    }

    static final int MAX_EVENTS = 2_000;
    private static final int MAX_NAME = 200;
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern DAYS = Pattern.compile("P(\\d{1,3})D");
    private static final Set<String> YEARLY_PARTS = Set.of("FREQ", "INTERVAL", "BYMONTH", "BYMONTHDAY", "WKST");

    private IcsHolidays() {
    }

    /**
     * @throws IllegalArgumentException if the text is not an iCalendar file or has more than {@value #MAX_EVENTS} events
     */
    public static Parsed parse(String text) {
        List<String> lines = unfold(text);
        if (lines.stream().noneMatch(line -> line.equalsIgnoreCase("BEGIN:VCALENDAR"))) {
            throw new IllegalArgumentException("is not an iCalendar file (no BEGIN:VCALENDAR)");
        }
        List<Candidate> holidays = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Map<String, Property> event = null;
        int events = 0;
        int nested = 0;
        for (String line : lines) {
            String upper = line.toUpperCase(Locale.ROOT);
            if (event != null && upper.startsWith("BEGIN:") && !upper.equals("BEGIN:VEVENT")) {
                nested++;
            } else if (nested > 0) {
                // An alarm inside the event has a SUMMARY and DURATION of its own.
                nested -= upper.startsWith("END:") ? 1 : 0;
            } else if (upper.equals("BEGIN:VEVENT")) {
                if (++events > MAX_EVENTS) {
                    throw new IllegalArgumentException("has more than " + MAX_EVENTS + " events");
                }
                event = new HashMap<>();
            } else if (upper.equals("END:VEVENT") && event != null) {
                read(event, holidays, skipped);
                event = null;
            } else if (event != null) {
                Property property = Property.of(line);
                if (property != null) {
                    event.putIfAbsent(property.name(), property);
                }
            }
        }
        return new Parsed(holidays, skipped);
    }

    private static void read(Map<String, Property> event, List<Candidate> holidays, List<Skipped> skipped) {
        Property summary = event.get("SUMMARY");
        String name = summary == null ? "" : unescape(summary.value()).strip();
        Reason reason = problem(event, name);
        if (reason != null) {
            skipped.add(new Skipped(name, reason));
            return;
        }
        LocalDate first = date(event.get("DTSTART"));
        LocalDate last = lastDay(event, first);
        if (last == null) {
            skipped.add(new Skipped(name, Reason.NO_DAYS));
            return;
        }
        boolean yearly = event.containsKey("RRULE");
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > Holiday.MAX_DAYS || (yearly && days > 365)) {
            skipped.add(new Skipped(name, Reason.TOO_LONG));
            return;
        }
        String shortName = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        holidays.add(new Candidate(shortName, first, last, yearly));
    }

    /** Why the event is not a holiday we can import, or null if it is one. */
    private static Reason problem(Map<String, Property> event, String name) {
        if (name.isEmpty()) {
            return Reason.NO_SUMMARY;
        }
        if ("CANCELLED".equalsIgnoreCase(valueOf(event.get("STATUS")))) {
            return Reason.CANCELLED;
        }
        if (date(event.get("DTSTART")) == null) {
            return Reason.NOT_ALL_DAY;
        }
        if (event.containsKey("RDATE") || event.containsKey("EXDATE")) {
            return Reason.EXTRA_DATES;
        }
        Property rule = event.get("RRULE");
        if (rule != null && !isYearlyOnTheSameDate(rule.value(), date(event.get("DTSTART")))) {
            return Reason.UNSUPPORTED_RULE;
        }
        return null;
    }

    private static LocalDate lastDay(Map<String, Property> event, LocalDate first) {
        Property end = event.get("DTEND");
        Property duration = event.get("DURATION");
        if (end != null) {
            LocalDate exclusiveEnd = date(end);
            return exclusiveEnd == null || !exclusiveEnd.isAfter(first) ? null : exclusiveEnd.minusDays(1);
        }
        if (duration != null) {
            Matcher days = DAYS.matcher(duration.value().strip());
            if (!days.matches() || Integer.parseInt(days.group(1)) == 0) {
                return null;
            }
            return first.plusDays(Integer.parseInt(days.group(1)) - 1L);
        }
        return first;
    }

    private static boolean isYearlyOnTheSameDate(String rule, LocalDate start) {
        Map<String, String> parts = new HashMap<>();
        for (String part : rule.split(";")) {
            String[] pair = part.split("=", 2);
            if (pair.length != 2) {
                return false;
            }
            parts.put(pair[0].strip().toUpperCase(Locale.ROOT), pair[1].strip().toUpperCase(Locale.ROOT));
        }
        return "YEARLY".equals(parts.get("FREQ"))
                && YEARLY_PARTS.containsAll(parts.keySet())
                && "1".equals(parts.getOrDefault("INTERVAL", "1"))
                && String.valueOf(start.getMonthValue()).equals(parts.getOrDefault("BYMONTH", String.valueOf(start.getMonthValue())))
                && String.valueOf(start.getDayOfMonth()).equals(parts.getOrDefault("BYMONTHDAY", String.valueOf(start.getDayOfMonth())));
    }

    /** An all-day date ({@code 20261225} or {@code VALUE=DATE}); null for a date-time or nonsense. */
    private static LocalDate date(Property property) {
        if (property == null) {
            return null;
        }
        String value = property.value().strip();
        if (!value.matches("\\d{8}")) {
            return null;
        }
        try {
            return LocalDate.parse(value, BASIC_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String valueOf(Property property) {
        return property == null ? "" : property.value().strip();
    }

    private static List<String> unfold(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            if ((raw.startsWith(" ") || raw.startsWith("\t")) && !lines.isEmpty()) {
                lines.set(lines.size() - 1, lines.getLast() + raw.substring(1));
            } else if (!raw.isBlank()) {
                lines.add(raw.strip());
            }
        }
        return lines;
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' || next == 'N' ? ' ' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One content line: its name (upper case, parameters dropped) and value. */
    private record Property(String name, String value) {

        static Property of(String line) {
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ':' && !quoted) {
                    String name = line.substring(0, i).split(";", 2)[0].toUpperCase(Locale.ROOT);
                    return new Property(name, line.substring(i + 1));
                }
            }
            return null;
        }
    }
}
