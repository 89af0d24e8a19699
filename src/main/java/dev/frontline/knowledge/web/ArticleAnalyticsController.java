package dev.frontline.knowledge.web;

import dev.frontline.knowledge.ArticleActivity;
import dev.frontline.knowledge.ArticleAnalytics;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.web.RequiresRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ArticleAnalyticsController {

    record Shown(@NotNull @Size(max = ArticleActivity.MAX_SHOWN) List<@NotNull UUID> articleIds) {
    }

    private final ArticleAnalytics analytics;
    private final ArticleActivity activity;

    ArticleAnalyticsController(ArticleAnalytics analytics, ArticleActivity activity) {
        this.analytics = analytics;
        this.activity = activity;
    }

    @GetMapping("/api/v1/knowledge/analytics")
    @RequiresRole(Role.SUPERVISOR)
    ArticleAnalytics.Report report(@AuthenticationPrincipal Caller caller,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        return analytics.report(caller, from, to);
    }

    @GetMapping("/api/v1/knowledge/analytics/articles/{id}")
    @RequiresRole(Role.SUPERVISOR)
    ArticleAnalytics.ArticleStats article(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        return analytics.article(caller, id, from, to);
    }

    @PostMapping("/api/v1/knowledge/articles/{id}/views")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void viewed(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        activity.viewed(caller, id);
    }

    @PostMapping("/api/v1/knowledge/articles/{id}/uses")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void used(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        activity.used(caller, id);
    }

    @PostMapping("/api/v1/knowledge/analytics/shown")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void shown(@AuthenticationPrincipal Caller caller, @Valid @RequestBody Shown body) {
        activity.shown(caller, body.articleIds());
    }
}
