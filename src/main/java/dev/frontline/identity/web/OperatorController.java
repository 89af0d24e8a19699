package dev.frontline.identity.web;

import dev.frontline.audit.AuditTrail;
import dev.frontline.identity.Directory;
import dev.frontline.identity.StaffMember;
import dev.frontline.identity.WorkspaceProfile;
import dev.frontline.identity.WorkspaceProfiles;
import dev.frontline.identity.WorkspaceSetup;
import dev.frontline.identity.internal.SignupCodes;
import dev.frontline.identity.internal.WorkspaceCreation;
import dev.frontline.shared.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What the operator of the installation does: create workspaces for customers and hand out sign-up codes. */
@RestController
class OperatorController {

    record NewWorkspace(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 320) String adminEmail,
                        @NotBlank @Size(max = 200) String adminName,
                        @Nullable @Size(min = 10, max = 200) String adminPassword) {
    }

    record CreatedWorkspace(WorkspaceProfile workspace, StaffMember admin, @Nullable String inviteUrl) {
    }

    record NewSignupCode(@Nullable @Size(max = 200) String note, @Nullable @Min(1) @Max(365) Integer validForDays) {
    }

    private final WorkspaceCreation creation;
    private final WorkspaceSetup workspaces;
    private final WorkspaceProfiles profiles;
    private final Directory directory;
    private final SignupCodes codes;
    private final AuditTrail audit;

    OperatorController(WorkspaceCreation creation, WorkspaceSetup workspaces, WorkspaceProfiles profiles,
                       Directory directory, SignupCodes codes, AuditTrail audit) {
        this.creation = creation;
        this.workspaces = workspaces;
        this.profiles = profiles;
        this.directory = directory;
        this.codes = codes;
        this.audit = audit;
    }

    @GetMapping("/api/v1/operator/workspaces")
    List<WorkspaceSetup.WorkspaceSummary> workspaces(@AuthenticationPrincipal Caller caller) {
        creation.requireOperator(caller);
        return workspaces.all();
    }

    /** Without {@code adminPassword} the admin gets an invitation link to choose one. */
    @PostMapping("/api/v1/operator/workspaces")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    CreatedWorkspace create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewWorkspace workspace) {
        var created = creation.byOperator(caller, workspace.name(), workspace.adminEmail(), workspace.adminName(),
                workspace.adminPassword());
        var id = created.workspace().workspaceId();
        return new CreatedWorkspace(profiles.profile(id), directory.member(id, created.workspace().adminId()).orElseThrow(),
                created.invitation().map(invitation -> invitation.url()).orElse(null));
    }

    /** The code is shown once; it lets one person create one workspace while sign-up is {@code invite}. */
    @PostMapping("/api/v1/operator/signup-codes")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    SignupCodes.IssuedCode signupCode(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewSignupCode code) {
        creation.requireOperator(caller);
        var issued = codes.issue(caller.userId(), code.note(),
                Duration.ofDays(code.validForDays() == null ? 30 : code.validForDays()));
        audit.record(caller, "signup_code.created", "signup_code", issued.id(),
                code.note() == null ? Map.of() : Map.of("note", code.note()));
        return issued;
    }
}
