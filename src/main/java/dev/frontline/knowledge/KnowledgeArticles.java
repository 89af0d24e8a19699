package dev.frontline.knowledge;

import dev.frontline.knowledge.internal.ArticleHtml;
import dev.frontline.knowledge.internal.ArticleStore;
import dev.frontline.knowledge.internal.ArticleStore.Header;
import dev.frontline.knowledge.internal.WordDiff;
import dev.frontline.knowledge.internal.SearchIndexLifecycle;
import dev.frontline.shared.AfterCommit;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.Ids;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.StorableText;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's articles. Supervisors, admins and subject-matter experts ({@link KnowledgeAuthors}, in their
 * categories) write them; other agents read only published ones. Every save (content, status or a restore) becomes
 * a new version, and once it commits the change is searchable on this node before the call returns (other nodes
 * follow on their next poll). A published article can have a draft waiting beside it (an accepted suggestion):
 * readers keep the published version until an author publishes the draft.
 */
@Service
public class KnowledgeArticles {

    private static final int MAX_TAGS = 20;
    private static final int MAX_TAG_LENGTH = 100;
    private static final int LIST_LIMIT = 500;

    private final ArticleStore store;
    private final KnowledgeCategories categories;
    private final KnowledgeAuthors authors;
    private final SearchIndexLifecycle search;
    private final Clock clock;

    KnowledgeArticles(ArticleStore store, KnowledgeCategories categories, KnowledgeAuthors authors,
                      SearchIndexLifecycle search, Clock clock) {
        this.store = store;
        this.categories = categories;
        this.authors = authors;
        this.search = search;
        this.clock = clock;
    }

    /**
     * A new article; {@code translationOf} names an article whose translation this is (one article per language
     * in a translation group: 409 for a second one).
     */
    @Transactional
    public Article create(Caller caller, ArticleContent content, ArticleLanguage language, ArticleStatus status,
                          @Nullable UUID translationOf) {
        authors.requireAuthor(caller, content.categoryId());
        ArticleContent clean = clean(caller, content);
        UUID group = translationOf == null ? Ids.newId() : readable(caller, translationOf).translationGroupId();
        if (translationOf != null && store.hasLanguage(group, language.tag())) {
            throw new ConflictException("This article already has a " + language.tag() + " translation.");
        }
        Instant now = clock.instant();
        UUID id = Ids.newId();
        store.insert(new Header(id, caller.workspaceId(), group, language.tag(), status, caller.userId().value(), 1, now,
                translationOf), clean, caller.userId().value(), now);
        AfterCommit.run(search::catchUp);
        return readable(caller, id);
    }

    /** Changes what is given (null keeps it) as the article's next version. */
    @Transactional
    public Article update(Caller caller, UUID id, @Nullable String title, @Nullable String body,
                          @Nullable ArticleAudience audience, @Nullable UUID categoryId, @Nullable List<String> tags) {
        Article current = authored(caller, id);
        if (categoryId != null) {
            authors.requireAuthor(caller, categoryId);
        }
        ArticleContent changed = new ArticleContent(title == null ? current.title() : title,
                body == null ? current.body() : body, audience == null ? current.audience() : audience,
                categoryId == null ? current.categoryId() : categoryId, tags == null ? current.tags() : tags);
        return save(caller, current, clean(caller, changed), true, current.status(), false);
    }

    /** Publishes, unpublishes (back to draft), sends to review or archives; 409 for a move the status forbids. */
    @Transactional
    public Article changeStatus(Caller caller, UUID id, ArticleStatus status) {
        Article current = authored(caller, id);
        requireMove(current, status);
        return current.status() == status ? current : save(caller, current, contentOf(current), false, status, false);
    }

    /** Publishes the draft waiting beside the article: it becomes the version readers and search get. */
    @Transactional
    public Article publishDraft(Caller caller, UUID id) {
        Article current = authored(caller, id);
        ArticleContent draft = waitingDraft(caller, current);
        requireMove(current, ArticleStatus.PUBLISHED);
        return save(caller, current, draft, true, ArticleStatus.PUBLISHED, true);
    }

    /** Drops the draft waiting beside the article (it stays in the version history). */
    @Transactional
    public Article discardDraft(Caller caller, UUID id) {
        Article current = authored(caller, id);
        waitingDraft(caller, current);
        store.discardDraft(caller.workspaceId(), id, clock.instant());
        return readable(caller, id);
    }

    /** Saves an earlier version's content as the newest version; the status stays as it is. */
    @Transactional
    public Article restore(Caller caller, UUID id, int version) {
        Article current = authored(caller, id);
        ArticleVersion earlier = version(id, version);
        ArticleContent content = new ArticleContent(earlier.title(), earlier.body(), earlier.audience(),
                earlier.categoryId() != null && categories.exists(caller, earlier.categoryId()) ? earlier.categoryId() : null,
                earlier.tags());
        return save(caller, current, content, true, current.status(), false);
    }

    @Transactional(readOnly = true)
    public Article get(Caller caller, UUID id) {
        return readable(caller, id);
    }

    /** Newest change first; readers see published articles, authors also the others they may write. */
    @Transactional(readOnly = true)
    public List<Article> list(Caller caller, @Nullable ArticleStatus status, @Nullable ArticleLanguage language) {
        return store.list(caller.workspaceId(), status, language == null ? null : language.tag(),
                authors.scopeOf(caller), LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public List<ArticleVersion> versions(Caller caller, UUID id) {
        authored(caller, id);
        return store.versions(id);
    }

    /** What changed from version {@code from} to version {@code to} (the current one when null), word by word. */
    @Transactional(readOnly = true)
    public ArticleDiff diff(Caller caller, UUID id, int from, @Nullable Integer to) {
        Article current = authored(caller, id);
        ArticleVersion older = version(id, from);
        ArticleVersion newer = version(id, to == null ? current.version() : to);
        return new ArticleDiff(older.version(), newer.version(), WordDiff.between(older.title(), newer.title()),
                WordDiff.between(WordDiff.blockText(older.body()), WordDiff.blockText(newer.body())));
    }

    /**
     * Applies a reviewed suggestion's title and body (null keeps the current one) to the article's draft waiting
     * for review, or to its current content when none waits. With {@code publish} the result is published at once;
     * otherwise a published article stays live and the result waits beside it as its draft, and an unpublished one
     * becomes a draft.
     */
    Article applySuggestion(Caller caller, UUID id, @Nullable String title, @Nullable String body, boolean publish) {
        Article current = authored(caller, id);
        ArticleContent base = current.draftVersion() == null ? contentOf(current) : waitingDraft(caller, current);
        ArticleContent changed = clean(caller, new ArticleContent(title == null ? base.title() : title,
                body == null ? base.body() : body, base.audience(), base.categoryId(), base.tags()));
        if (publish) {
            requireMove(current, ArticleStatus.PUBLISHED);
            return save(caller, current, changed, true, ArticleStatus.PUBLISHED, true);
        }
        if (current.status() == ArticleStatus.PUBLISHED) {
            store.saveDraft(header(caller, current, current.status(), current.version()), store.nextVersion(id),
                    changed, caller.userId().value(), clock.instant());
            return readable(caller, id);
        }
        return save(caller, current, changed, true, ArticleStatus.DRAFT, true);
    }

    /** The category an article of the workspace is filed under (null: none); 404 for another workspace's. */
    @Nullable UUID categoryOf(Caller caller, UUID id) {
        return store.find(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("Article", id)).categoryId();
    }

    /** The article, if the caller may author it (403 otherwise; 404 when it is not in the workspace). */
    private Article authored(Caller caller, UUID id) {
        authors.requireAnyAuthoring(caller);
        Article article = store.find(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("Article", id));
        authors.requireAuthor(caller, article.categoryId());
        return article;
    }

    private ArticleContent waitingDraft(Caller caller, Article article) {
        if (article.draftVersion() == null) {
            throw new ConflictException("This article has no draft waiting.");
        }
        ArticleVersion draft = version(article.id(), article.draftVersion());
        return new ArticleContent(draft.title(), draft.body(), draft.audience(),
                draft.categoryId() != null && categories.exists(caller, draft.categoryId()) ? draft.categoryId() : null,
                draft.tags());
    }

    private static void requireMove(Article current, ArticleStatus status) {
        if (!current.status().canMoveTo(status)) {
            throw new ConflictException("An article that is " + current.status() + " cannot become " + status + ".");
        }
    }

    private ArticleVersion version(UUID id, int version) {
        return store.version(id, version).orElseThrow(() -> new NotFoundException("Article version", id + "/" + version));
    }

    /** Saves the article's next version; {@code draftTaken} when it replaces the draft waiting beside it. */
    private Article save(Caller caller, Article current, ArticleContent content, boolean contentChanged,
                         ArticleStatus status, boolean draftTaken) {
        store.update(header(caller, current, status, store.nextVersion(current.id())), content, contentChanged,
                draftTaken, caller.userId().value(), clock.instant());
        AfterCommit.run(search::catchUp);
        return readable(caller, current.id());
    }

    private static Header header(Caller caller, Article article, ArticleStatus status, int version) {
        return new Header(article.id(), caller.workspaceId(), article.translationGroupId(), article.language(), status,
                article.ownerId(), version, article.createdAt(), article.sourceArticleId());
    }

    /** Published articles for everyone; the others for those who may author them. */
    private Article readable(Caller caller, UUID id) {
        return store.find(caller.workspaceId(), id)
                .filter(article -> article.status() == ArticleStatus.PUBLISHED
                        || authors.scopeOf(caller).covers(article.categoryId()))
                .orElseThrow(() -> new NotFoundException("Article", id));
    }

    private ArticleContent clean(Caller caller, ArticleContent content) {
        String title = StorableText.required(content.title()).strip();
        if (title.isEmpty()) {
            throw new InvalidRequestException("title", "must not be blank");
        }
        String body = ArticleHtml.sanitize(StorableText.required(content.body()));
        if (content.categoryId() != null && !categories.exists(caller, content.categoryId())) {
            throw new InvalidRequestException("categoryId", "is not a category of this workspace");
        }
        return new ArticleContent(title, body, content.audience(), content.categoryId(), tags(content.tags()));
    }

    private static List<String> tags(List<String> tags) {
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (String tag : tags) {
            String trimmed = StorableText.required(tag).strip();
            if (trimmed.isEmpty() || trimmed.length() > MAX_TAG_LENGTH) {
                throw new InvalidRequestException("tags", "each tag must be 1 to " + MAX_TAG_LENGTH + " characters");
            }
            unique.add(trimmed);
        }
        if (unique.size() > MAX_TAGS) {
            throw new InvalidRequestException("tags", "at most " + MAX_TAGS + " tags");
        }
        return List.copyOf(unique);
    }

    private static ArticleContent contentOf(Article article) {
        return new ArticleContent(article.title(), article.body(), article.audience(), article.categoryId(), article.tags());
    }
}
