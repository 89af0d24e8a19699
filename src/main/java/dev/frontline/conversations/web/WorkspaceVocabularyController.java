package dev.frontline.conversations.web;

import dev.frontline.conversations.AttributeDefinition;
import dev.frontline.conversations.AttributeDefinitions;
import dev.frontline.conversations.TagCatalog;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.web.RequiresRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tags and custom attribute definitions: the words a workspace uses to describe its conversations. */
@RestController
class WorkspaceVocabularyController {

    record NewTag(@NotBlank @Size(max = 100) String name, @Nullable String color) {
    }

    record NewAttribute(@NotBlank @Size(max = 64) String key, @NotBlank @Size(max = 200) String label,
                        @NotNull AttributeDefinition.Type type, @Nullable List<@Size(max = 200) String> options,
                        @NotNull AttributeDefinition.AppliesTo appliesTo) {
    }

    record AttributeChanges(@Nullable @Size(min = 1, max = 200) String label,
                            @Nullable List<@Size(max = 200) String> options) {
    }

    private final TagCatalog tags;
    private final AttributeDefinitions attributes;

    WorkspaceVocabularyController(TagCatalog tags, AttributeDefinitions attributes) {
        this.tags = tags;
        this.attributes = attributes;
    }

    @GetMapping("/api/v1/tags")
    List<TagCatalog.Tag> tags(@AuthenticationPrincipal Caller caller) {
        return tags.list(caller.workspaceId());
    }

    @PostMapping("/api/v1/tags")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresRole(Role.SUPERVISOR)
    TagCatalog.Tag defineTag(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewTag body) {
        return tags.define(caller, body.name(), body.color());
    }

    @DeleteMapping("/api/v1/tags/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteTag(@AuthenticationPrincipal Caller caller, @PathVariable String name) {
        tags.delete(caller, name);
    }

    @GetMapping("/api/v1/attribute-definitions")
    List<AttributeDefinition> attributes(@AuthenticationPrincipal Caller caller) {
        return attributes.list(caller.workspaceId());
    }

    @PostMapping("/api/v1/attribute-definitions")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresRole(Role.ADMIN)
    AttributeDefinition define(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewAttribute body) {
        return attributes.define(caller, body.key(), body.label(), body.type(), body.options(), body.appliesTo());
    }

    @PatchMapping("/api/v1/attribute-definitions/{id}")
    @RequiresRole(Role.ADMIN)
    AttributeDefinition change(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                               @Valid @RequestBody AttributeChanges body) {
        return attributes.change(caller, id, body.label(), body.options());
    }

    @DeleteMapping("/api/v1/attribute-definitions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        attributes.delete(caller, id);
    }
}
