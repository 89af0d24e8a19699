package dev.frontline.demo;

import dev.frontline.identity.Staffing;
import dev.frontline.identity.WorkspaceSetup;
import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A supervisor and four agents in two teams. Demo staff have no password until an admin sets one. */
@Component
class DemoStaff {

    record Roster(WorkspaceId workspace, UserId admin, UserId supervisor, List<UserId> agents, List<UUID> teams) {
    }

    private final Staffing staffing;

    DemoStaff(Staffing staffing) {
        this.staffing = staffing;
    }

    /** Staff addresses share the admin's email domain, e.g. mina.park@frontline.local. */
    Roster create(WorkspaceSetup.NewWorkspace workspace, String domain) {
        WorkspaceId ws = workspace.workspaceId();
        UserId supervisor = staffing.addMember(ws, "mina.park@" + domain, "Mina Park", Role.SUPERVISOR, null);
        List<UserId> agents = List.of(
                staffing.addMember(ws, "evelyn.ross@" + domain, "Evelyn Ross", Role.AGENT, null),
                staffing.addMember(ws, "li.wei@" + domain, "李伟", Role.AGENT, null),
                staffing.addMember(ws, "chen.yating@" + domain, "陳雅婷", Role.AGENT, null),
                staffing.addMember(ws, "kim.jiho@" + domain, "김지호", Role.AGENT, null));
        UUID frontDesk = staffing.addTeam(ws, "Front desk", List.of(agents.get(0), agents.get(1)));
        UUID escalations = staffing.addTeam(ws, "Escalations", List.of(agents.get(2), agents.get(3), supervisor));
        return new Roster(ws, workspace.adminId(), supervisor, agents, List.of(frontDesk, escalations));
    }
}
