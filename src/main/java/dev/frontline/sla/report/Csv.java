package dev.frontline.sla.report;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 CSV. A cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
 * return: conversation subjects are customers' words) is prefixed with an apostrophe; numbers are written as numbers.
 */
final class Csv {

    private final StringBuilder text = new StringBuilder();

    Csv(String... header) {
        row((Object[]) header);
    }

    Csv row(@Nullable Object... cells) {
        text.append(java.util.Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    <T> Csv rows(List<T> items, java.util.function.Function<T, Object[]> cells) {
        items.forEach(item -> row(cells.apply(item)));
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
