package dev.frontline.identity;

import dev.frontline.identity.internal.StaffAccounts;
import dev.frontline.identity.internal.TeamRoster;
import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds staff and teams to a workspace on behalf of the system (set-up and provisioning, not the API). */
@Service
public class Staffing {

    private final StaffAccounts accounts;
    private final TeamRoster teams;

    Staffing(StaffAccounts accounts, TeamRoster teams) {
        this.accounts = accounts;
        this.teams = teams;
    }

    @Transactional
    public UserId addMember(WorkspaceId workspace, String email, String displayName, Role role, @Nullable String password) {
        return accounts.create(workspace, email, displayName, role, password);
    }

    @Transactional
    public UUID addTeam(WorkspaceId workspace, String name, List<UserId> members) {
        UUID team = teams.create(workspace, name).id();
        members.forEach(member -> teams.addMember(workspace, team, member.value()));
        return team;
    }
}
