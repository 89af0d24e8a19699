package dev.frontline.knowledge;

import dev.frontline.knowledge.internal.SearchIndexLifecycle;
import dev.frontline.shared.Caller;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Search among the caller's workspace's published articles, best match first. Every staff role reads both
 * audiences; the {@code audience} filter narrows to one (bots and the help center ask for PUBLIC).
 */
@Service
public class KnowledgeSearch {

    public static final int MAX_LIMIT = 50;

    private final SearchIndexLifecycle search;

    KnowledgeSearch(SearchIndexLifecycle search) {
        this.search = search;
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
