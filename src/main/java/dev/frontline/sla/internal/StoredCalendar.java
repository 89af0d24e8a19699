package dev.frontline.sla.internal;

import dev.frontline.sla.BusinessCalendar;

/** A calendar as it applies to a workspace or team, and where its hours come from. */
public record StoredCalendar(BusinessCalendar calendar, Source source) {

    /** DEFAULT: the workspace never set its hours; WORKSPACE: the workspace's; TEAM: the team's own. */
    public enum Source { DEFAULT, WORKSPACE, TEAM }
}
