package dev.frontline.cannedresponses.web;

import dev.frontline.cannedresponses.CannedResponse;
import dev.frontline.cannedresponses.CannedResponses;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CannedResponseController {

    record NewResponse(@NotBlank @Size(max = 100) String shortcut, @NotBlank @Size(max = 200) String title,
                       @NotBlank @Size(max = 20_000) String body, boolean shared) {
    }

    record Changes(@Nullable @Size(min = 1, max = 100) String shortcut, @Nullable @Size(min = 1, max = 200) String title,
                   @Nullable @Size(min = 1, max = 20_000) String body, @Nullable Boolean shared) {
    }

    private final CannedResponses responses;

    CannedResponseController(CannedResponses responses) {
        this.responses = responses;
    }

    @GetMapping("/api/v1/canned-responses")
    List<CannedResponse> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) @Nullable String q) {
        return responses.list(caller, q);
    }

    @PostMapping("/api/v1/canned-responses")
    @ResponseStatus(HttpStatus.CREATED)
    CannedResponse create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewResponse body) {
        return responses.create(caller, body.shortcut(), body.title(), body.body(), body.shared());
    }

    @PatchMapping("/api/v1/canned-responses/{id}")
    CannedResponse update(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @Valid @RequestBody Changes body) {
        return responses.update(caller, id, body.shortcut(), body.title(), body.body(), body.shared());
    }

    @DeleteMapping("/api/v1/canned-responses/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        responses.delete(caller, id);
    }
}
