package dev.frontline.presence;

/** What a staff member is doing right now, as their status in the workspace shows it. */
public enum PresenceStatus {
    AVAILABLE, BUSY, AWAY, ON_BREAK, TRAINING, MEETING, AFTER_CALL_WORK, OFFLINE;

    /** Only an available member may be offered new conversations. */
    public boolean takesNewWork() {
        return this == AVAILABLE;
    }
}
