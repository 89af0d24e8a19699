package dev.frontline.workforce.schedule;

/** Something placed inside a shift, in schedule minutes: a paid break, the unpaid lunch, or a meeting or training. */
public record Activity(Kind kind, int start, int end) {

    public enum Kind { BREAK, LUNCH, MEETING }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
