package dev.frontline.workflows;

import dev.frontline.cannedresponses.CannedResponses;
import dev.frontline.knowledge.ArticleLanguage;
import dev.frontline.knowledge.ArticleStatus;
import dev.frontline.knowledge.KnowledgeArticles;
import dev.frontline.routing.RoutingQueue;
import dev.frontline.routing.RoutingSettings;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.Ids;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.workflows.WorkflowDefinition.Action;
import dev.frontline.workflows.WorkflowDefinition.Step;
import dev.frontline.workflows.internal.WorkflowStore;
import dev.frontline.workflows.internal.WorkflowTreePolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Authoring: supervisors and admins create, change, publish and archive workflows; everyone reads published ones.
 * A definition is checked as a tree ({@link WorkflowTreePolicy}) and its leaves' references must exist in the
 * workspace: a published article, a shared canned response, a routing queue (400 naming the field otherwise).
 * Saving a draft rewrites its version; saving a published workflow adds the next version, which agents start
 * from then on, while runs in progress keep the version they started on. References are looked up before the
 * saving transaction opens, so a missing one is a field error rather than a rolled-back look-up.
 */
@Service
public class Workflows {

    private final WorkflowStore store;
    private final KnowledgeArticles articles;
    private final CannedResponses cannedResponses;
    private final RoutingSettings routing;
    private final TransactionOperations transactions;
    private final Clock clock;

    Workflows(WorkflowStore store, KnowledgeArticles articles, CannedResponses cannedResponses, RoutingSettings routing,
              TransactionOperations transactions, Clock clock) {
        this.transactions = transactions;
        this.store = store;
        this.articles = articles;
        this.cannedResponses = cannedResponses;
        this.routing = routing;
        this.clock = clock;
    }

    /** By name; agents see published workflows only. {@code language} filters when given. */
    @Transactional(readOnly = true)
    public List<WorkflowSummary> list(Caller caller, @Nullable ArticleLanguage language, @Nullable WorkflowStatus status) {
        boolean author = caller.role().includes(Role.SUPERVISOR);
        if (!author && status != null && status != WorkflowStatus.PUBLISHED) {
            return List.of();
        }
        return store.list(caller.workspaceId(), language == null ? null : language.tag(),
                author ? status : WorkflowStatus.PUBLISHED);
    }

    @Transactional(readOnly = true)
    public Workflow get(Caller caller, UUID id) {
        Workflow workflow = store.find(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("Workflow", id));
        if (workflow.status() != WorkflowStatus.PUBLISHED && !caller.role().includes(Role.SUPERVISOR)) {
            throw new NotFoundException("Workflow", id);
        }
        return workflow;
    }

    public Workflow create(Caller caller, String name, ArticleLanguage language, WorkflowDefinition definition) {
        caller.require(Role.SUPERVISOR);
        UUID id = Ids.newId();
        String checkedName = name(name);
        WorkflowDefinition checked = checked(caller, definition);
        return transactions.execute(status -> {
            store.insert(caller.workspaceId(), id, checkedName, language.tag(), checked, caller.userId().value(),
                    clock.instant());
            return get(caller, id);
        });
    }

    /** Changes what is given; an archived workflow is published again or made a draft first (409). */
    public Workflow update(Caller caller, UUID id, @Nullable String name, @Nullable ArticleLanguage language,
                           @Nullable WorkflowDefinition definition) {
        caller.require(Role.SUPERVISOR);
        WorkflowDefinition checkedDefinition = definition == null ? null : checked(caller, definition);
        return transactions.execute(status -> save(caller, id, name, language, checkedDefinition));
    }

    private Workflow save(Caller caller, UUID id, @Nullable String name, @Nullable ArticleLanguage language,
                          @Nullable WorkflowDefinition definition) {
        Workflow current = lockedForAuthor(caller, id);
        if (current.status() == WorkflowStatus.ARCHIVED) {
            throw new ConflictException("An archived workflow is not edited; make it a draft or publish it first.");
        }
        String newName = name == null ? current.name() : name(name);
        WorkflowDefinition newDefinition = definition == null ? current.definition() : definition;
        Instant now = clock.instant();
        int version = current.version();
        if (current.status() == WorkflowStatus.DRAFT) {
            store.rewriteVersion(caller.workspaceId(), id, version, newName, newDefinition, caller.userId().value(), now);
        } else {
            version++;
            store.insertVersion(caller.workspaceId(), id, version, newName, newDefinition, caller.userId().value(), now);
        }
        store.update(caller.workspaceId(), id, newName, language == null ? current.language() : language.tag(),
                current.status(), version, now);
        return get(caller, id);
    }

    /**
     * Publishing freezes the current version (the next save adds one). The references are checked again, since an
     * article or queue may be gone since the draft was saved. Archiving hides it from agents; runs go on.
     */
    public Workflow changeStatus(Caller caller, UUID id, WorkflowStatus status) {
        caller.require(Role.SUPERVISOR);
        if (status == WorkflowStatus.PUBLISHED) {
            checkReferences(caller, get(caller, id).definition());
        }
        return transactions.execute(tx -> changeStatusLocked(caller, id, status));
    }

    private Workflow changeStatusLocked(Caller caller, UUID id, WorkflowStatus status) {
        Workflow current = lockedForAuthor(caller, id);
        int version = current.version();
        if (status == WorkflowStatus.DRAFT && current.status() != WorkflowStatus.DRAFT) {
            // The published version stays as it is for the runs on it; the draft is a new version.
            version++;
            store.insertVersion(caller.workspaceId(), id, version, current.name(), current.definition(),
                    caller.userId().value(), clock.instant());
        }
        store.update(caller.workspaceId(), id, current.name(), current.language(), status, version, clock.instant());
        return get(caller, id);
    }

    private Workflow lockedForAuthor(Caller caller, UUID id) {
        caller.require(Role.SUPERVISOR);
        if (!store.lock(caller.workspaceId(), id)) {
            throw new NotFoundException("Workflow", id);
        }
        return store.find(caller.workspaceId(), id).orElseThrow();
    }

    private WorkflowDefinition checked(Caller caller, WorkflowDefinition definition) {
        WorkflowDefinition checked = WorkflowTreePolicy.checked(definition);
        checkReferences(caller, checked);
        return checked;
    }

    private void checkReferences(Caller caller, WorkflowDefinition definition) {
        Set<UUID> queues = null;
        for (int i = 0; i < definition.steps().size(); i++) {
            Step step = definition.steps().get(i);
            for (int j = 0; j < step.actions().size(); j++) {
                Action action = step.actions().get(j);
                String field = "definition.steps[" + i + "].actions[" + j + "]";
                switch (action.type()) {
                    case ARTICLE -> {
                        if (!publishedArticle(caller, action.articleId())) {
                            throw new InvalidRequestException(field + ".articleId", "names no published article");
                        }
                    }
                    case CANNED_REPLY -> {
                        if (!sharedCannedResponse(caller, action.cannedResponseId())) {
                            throw new InvalidRequestException(field + ".cannedResponseId", "names no shared canned response");
                        }
                    }
                    case ESCALATE -> {
                        if (queues == null) {
                            queues = routing.queues(caller).stream().map(RoutingQueue::id).collect(Collectors.toSet());
                        }
                        if (!queues.contains(action.queueId())) {
                            throw new InvalidRequestException(field + ".queueId", "names no queue");
                        }
                    }
                    case TAGS, PRIORITY -> {
                    }
                }
            }
        }
    }

    // Each look-up is its own transaction (none is open here), so a missing one is an answer, not a rollback.
    private boolean publishedArticle(Caller caller, @Nullable UUID id) {
        try {
            return id != null && articles.get(caller, id).status() == ArticleStatus.PUBLISHED;
        } catch (NotFoundException missing) {
            return false;
        }
    }

    private boolean sharedCannedResponse(Caller caller, @Nullable UUID id) {
        try {
            return id != null && cannedResponses.get(caller, id).shared();
        } catch (NotFoundException missing) {
            return false;
        }
    }

    private static String name(String name) {
        if (name.isBlank() || name.strip().length() > 200) {
            throw new InvalidRequestException("name", "must be 1 to 200 characters");
        }
        return name.strip();
    }
}
