package dev.frontline.conversations.web;

import dev.frontline.conversations.InboxFilter;
import dev.frontline.conversations.InboxSort;
import dev.frontline.conversations.SavedView;
import dev.frontline.conversations.SavedViews;
import dev.frontline.shared.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

@RestController
class SavedViewController {

    record NewView(@NotBlank @Size(max = 200) String name, boolean shared, @Nullable InboxFilter filters,
                   @Nullable InboxSort sort) {
    }

    record ViewChanges(@Nullable @Size(min = 1, max = 200) String name, @Nullable Boolean shared,
                       @Nullable InboxFilter filters, @Nullable InboxSort sort) {
    }

    private final SavedViews views;

    SavedViewController(SavedViews views) {
        this.views = views;
    }

    @GetMapping("/api/v1/views")
    List<SavedView> list(@AuthenticationPrincipal Caller caller) {
        return views.list(caller);
    }

    @PostMapping("/api/v1/views")
    @ResponseStatus(HttpStatus.CREATED)
    SavedView create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewView body) {
        return views.create(caller, body.name(), body.shared(), body.filters(), body.sort());
    }

    @PatchMapping("/api/v1/views/{id}")
    SavedView update(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @Valid @RequestBody ViewChanges body) {
        return views.update(caller, id, body.name(), body.shared(), body.filters(), body.sort());
    }

    @DeleteMapping("/api/v1/views/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        views.delete(caller, id);
    }
}
