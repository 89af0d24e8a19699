package dev.frontline.knowledge;

import dev.frontline.knowledge.internal.SearchIndexLifecycle;
import dev.frontline.knowledge.internal.SearchMisses;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Search among the caller's workspace's published articles, best match first. Every staff role reads both
 * audiences; the {@code audience} filter narrows to one (bots and the help center ask for PUBLIC).
 */
@Service
public class KnowledgeSearch {

    public static final int MAX_LIMIT = 50;

    private static final int UNANSWERED_LIMIT = 50;

    private final SearchIndexLifecycle search;
    private final SearchMisses misses;
    private final Clock clock;

    KnowledgeSearch(SearchIndexLifecycle search, SearchMisses misses, Clock clock) {
        this.search = search;
        this.misses = misses;
        this.clock = clock;
    }

    /**
     * As {@link #search(Caller, SearchRequest)}; a search a person typed ({@code typed}, not a query taken from a
     * customer's message) that finds nothing is counted for the authors ({@link #unanswered}).
     */
    public List<SearchHit> search(Caller caller, SearchRequest request, boolean typed) {
        List<SearchHit> hits = search(caller, request);
        if (typed && hits.isEmpty() && !request.query().isBlank()) {
            misses.record(caller.workspaceId(), request.query(), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        }
        return hits;
    }

    /** Typed searches that found nothing in the last {@code days} days (UTC), most frequent first; for authors. */
    public List<UnansweredSearch> unanswered(Caller caller, int days) {
        caller.require(Role.SUPERVISOR);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return misses.top(caller.workspaceId(), today.minusDays(Math.clamp(days, 1, 366) - 1L), UNANSWERED_LIMIT);
    }

    public List<SearchHit> search(Caller caller, SearchRequest request) {
        if (request.query().isBlank()) {
            return List.of();
        }
        SearchRequest bounded = new SearchRequest(request.query(), request.language(), request.audience(),
                request.category(), Math.clamp(request.limit(), 1, MAX_LIMIT));
        return search.index().search(caller.workspaceId(), bounded);
    }
}
