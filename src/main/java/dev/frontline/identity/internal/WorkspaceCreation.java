package dev.frontline.identity.internal;

import dev.frontline.audit.AuditTrail;
import dev.frontline.identity.SignupMode;
import dev.frontline.identity.WorkspaceSetup;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ForbiddenException;
import dev.frontline.shared.Role;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two ways a workspace comes to exist after installation: an operator creates it for a customer,
 * or someone signs up, if {@code frontline.workspaces.signup} allows it (with a sign-up code when it is
 * {@code invite}). Either way the creation is recorded in the new workspace's audit log.
 */
@Component
public class WorkspaceCreation {

    /** The new workspace, its admin, and the admin's invitation link when no password was given. */
    public record Created(WorkspaceSetup.NewWorkspace workspace, Optional<Invitations.Issued> invitation) {
    }

    private final WorkspaceSetup setup;
    private final StaffAccounts accounts;
    private final Invitations invitations;
    private final SignupCodes codes;
    private final AuditTrail audit;
    private final SignupMode mode;

    WorkspaceCreation(WorkspaceSetup setup, StaffAccounts accounts, Invitations invitations, SignupCodes codes,
                      AuditTrail audit, @Value("${frontline.workspaces.signup}") String mode) {
        this.setup = setup;
        this.accounts = accounts;
        this.invitations = invitations;
        this.codes = codes;
        this.audit = audit;
        this.mode = SignupMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
    }

    public SignupMode mode() {
        return mode;
    }

    /** Fails with 403 unless the caller operates the installation. */
    public void requireOperator(Caller caller) {
        if (!accounts.isOperator(caller.userId())) {
            throw new ForbiddenException("This action needs the operator.");
        }
    }

    @Transactional
    public Created byOperator(Caller operator, String name, String adminEmail, String adminName,
                              @Nullable String adminPassword) {
        requireOperator(operator);
        WorkspaceSetup.NewWorkspace created = setup.create(name.strip(), adminEmail, adminName, adminPassword);
        Optional<Invitations.Issued> invitation = adminPassword == null
                ? Optional.of(invitations.issue(created.workspaceId(), created.adminId(), operator.userId()))
                : Optional.empty();
        Map<String, Object> detail = Map.of("name", name.strip(), "adminEmail", adminEmail, "by", "operator");
        audit.record(operator, "workspace.created", "workspace", created.workspaceId(), detail);
        audit.record(new Caller(created.workspaceId(), operator.userId(), Role.ADMIN), "workspace.created",
                "workspace", created.workspaceId(), detail);
        return new Created(created, invitation);
    }

    /** Creates a workspace for whoever signs up; answers the new admin, ready to be signed in. */
    @Transactional
    public Caller signup(String workspaceName, String email, String displayName, String password,
                         @Nullable String inviteCode) {
        if (mode == SignupMode.CLOSED) {
            throw new ForbiddenException("Sign-up is closed; ask the operator for a workspace.");
        }
        if (mode == SignupMode.INVITE && (inviteCode == null || inviteCode.isBlank())) {
            throw new ForbiddenException("Sign-up needs an invitation code.");
        }
        if (mode == SignupMode.INVITE && !codes.isValid(inviteCode)) {
            throw new ForbiddenException("This invitation code is unknown, used or expired.");
        }
        WorkspaceSetup.NewWorkspace created = setup.create(workspaceName.strip(), email, displayName, password);
        if (mode == SignupMode.INVITE && !codes.redeem(inviteCode, created.workspaceId())) {
            throw new ForbiddenException("This invitation code is unknown, used or expired.");
        }
        Caller admin = new Caller(created.workspaceId(), created.adminId(), Role.ADMIN);
        audit.record(admin, "workspace.created", "workspace", created.workspaceId(),
                Map.of("name", workspaceName.strip(), "adminEmail", email, "by", "signup"));
        return admin;
    }
}
