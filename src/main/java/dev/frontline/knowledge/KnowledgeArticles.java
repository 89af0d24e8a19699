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
import dev.frontline.shared.Role;
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
 * The workspace's articles. Supervisors and admins write them; agents read only published ones. Every save
 * (content, status or a restore) becomes a new version, and once it commits the change is searchable on this
 * node before the call returns (other nodes follow on their next poll).
 */
@Service
public class KnowledgeArticles {

    private static final int MAX_TAGS = 20;
    private static final int MAX_TAG_LENGTH = 100;
    private static final int LIST_LIMIT = 500;

    private final ArticleStore store;
    private final KnowledgeCategories categories;
    private final SearchIndexLifecycle search;
    private final Clock clock;

    KnowledgeArticles(ArticleStore store, KnowledgeCategories categories, SearchIndexLifecycle search, Clock clock) {
        this.store = store;
        this.categories = categories;
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
        caller.require(Role.SUPERVISOR);
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
        caller.require(Role.SUPERVISOR);
        Article current = readable(caller, id);
        ArticleContent changed = new ArticleContent(title == null ? current.title() : title,
                body == null ? current.body() : body, audience == null ? current.audience() : audience,
                categoryId == null ? current.categoryId() : categoryId, tags == null ? current.tags() : tags);
        return save(caller, current, clean(caller, changed), true, current.status());
    }

    /** Publishes, unpublishes (back to draft), sends to review or archives; 409 for a move the status forbids. */
    @Transactional
    public Article changeStatus(Caller caller, UUID id, ArticleStatus status) {
        caller.require(Role.SUPERVISOR);
        Article current = readable(caller, id);
        if (!current.status().canMoveTo(status)) {
            throw new ConflictException("An article that is " + current.status() + " cannot become " + status + ".");
        }
        return current.status() == status ? current : save(caller, current, contentOf(current), false, status);
    }

    /** Saves an earlier version's content as the newest version; the status stays as it is. */
    @Transactional
    public Article restore(Caller caller, UUID id, int version) {
        caller.require(Role.SUPERVISOR);
        Article current = readable(caller, id);
        ArticleVersion earlier = version(id, version);
        ArticleContent content = new ArticleContent(earlier.title(), earlier.body(), earlier.audience(),
                earlier.categoryId() != null && categories.exists(caller, earlier.categoryId()) ? earlier.categoryId() : null,
                earlier.tags());
        return save(caller, current, content, true, current.status());
    }

    @Transactional(readOnly = true)
    public Article get(Caller caller, UUID id) {
        return readable(caller, id);
    }

    /** Newest change first; agents see only published articles. */
    @Transactional(readOnly = true)
    public List<Article> list(Caller caller, @Nullable ArticleStatus status, @Nullable ArticleLanguage language) {
        ArticleStatus visible = caller.role().includes(Role.SUPERVISOR) ? status : ArticleStatus.PUBLISHED;
        if (visible != null && status != null && visible != status) {
            return List.of();
        }
        return store.list(caller.workspaceId(), visible, language == null ? null : language.tag(), LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public List<ArticleVersion> versions(Caller caller, UUID id) {
        caller.require(Role.SUPERVISOR);
        readable(caller, id);
        return store.versions(id);
    }

    /** What changed from version {@code from} to version {@code to} (the current one when null), word by word. */
    @Transactional(readOnly = true)
    public ArticleDiff diff(Caller caller, UUID id, int from, @Nullable Integer to) {
        caller.require(Role.SUPERVISOR);
        Article current = readable(caller, id);
        ArticleVersion older = version(id, from);
        ArticleVersion newer = version(id, to == null ? current.version() : to);
        return new ArticleDiff(older.version(), newer.version(), WordDiff.between(older.title(), newer.title()),
                WordDiff.between(WordDiff.blockText(older.body()), WordDiff.blockText(newer.body())));
    }

    /**
     * Saves a reviewed suggestion's title and body (null keeps the current one) as the next version, as a draft:
     * what an agent proposed goes live only when an author publishes it.
     */
    Article applyAsDraft(Caller caller, UUID id, @Nullable String title, @Nullable String body) {
        caller.require(Role.SUPERVISOR);
        Article current = readable(caller, id);
        ArticleContent changed = new ArticleContent(title == null ? current.title() : title,
                body == null ? current.body() : body, current.audience(), current.categoryId(), current.tags());
        return save(caller, current, clean(caller, changed), true, ArticleStatus.DRAFT);
    }

    private ArticleVersion version(UUID id, int version) {
        return store.version(id, version).orElseThrow(() -> new NotFoundException("Article version", id + "/" + version));
    }

    private Article save(Caller caller, Article current, ArticleContent content, boolean contentChanged,
                         ArticleStatus status) {
        Instant now = clock.instant();
        store.update(new Header(current.id(), caller.workspaceId(), current.translationGroupId(), current.language(),
                status, current.ownerId(), current.version() + 1, current.createdAt(), current.sourceArticleId()),
                content, contentChanged, caller.userId().value(), now);
        AfterCommit.run(search::catchUp);
        return readable(caller, current.id());
    }

    private Article readable(Caller caller, UUID id) {
        return store.find(caller.workspaceId(), id)
                .filter(article -> article.status() == ArticleStatus.PUBLISHED || caller.role().includes(Role.SUPERVISOR))
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
