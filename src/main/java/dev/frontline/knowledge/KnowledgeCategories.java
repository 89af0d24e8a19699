package dev.frontline.knowledge;

import dev.frontline.knowledge.KnowledgeCategory.Translation;
import dev.frontline.knowledge.internal.ArticleStore;
import dev.frontline.knowledge.internal.SearchIndexLifecycle;
import dev.frontline.shared.AfterCommit;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.Ids;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.StorableText;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's category tree; supervisors and admins add, rename, translate, move and delete categories, everyone
 * reads them. Moving a category re-indexes the articles beneath it, since a category filter finds the articles of
 * all sub-categories. Each category has a default name (and optional description) and may have a name and
 * description per language ({@code knowledge_category_translations}), which the help center shows in its pages'
 * language.
 */
@Service
public class KnowledgeCategories {

    private static final int MAX_NAME = 200;
    private static final int MAX_DESCRIPTION = 1000;

    private final JdbcClient jdbc;
    private final ArticleStore articles;
    private final SearchIndexLifecycle search;
    private final Clock clock;

    KnowledgeCategories(JdbcClient jdbc, ArticleStore articles, SearchIndexLifecycle search, Clock clock) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.search = search;
        this.clock = clock;
    }

    @Transactional
    public KnowledgeCategory create(Caller caller, String name, @Nullable UUID parentId) {
        return create(caller, name, parentId, null, Map.of());
    }

    /**
     * Adds a category; {@code translations} by language tag (en, zh-Hans, zh-Hant, ko), where an entry with a blank
     * name and description is left out.
     */
    @Transactional
    public KnowledgeCategory create(Caller caller, String name, @Nullable UUID parentId, @Nullable String description,
                                    Map<String, Translation> translations) {
        caller.require(Role.SUPERVISOR);
        String clean = name(name, "name");
        String cleanDescription = description(description, "description");
        Map<String, Translation> cleanTranslations = translations(translations);
        if (parentId != null && !exists(caller, parentId)) {
            throw new InvalidRequestException("parentId", "is not a category of this workspace");
        }
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into knowledge_categories (id, workspace_id, parent_id, name, description, created_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, caller.workspaceId().value(), parentId, clean, cleanDescription, Timestamps.sql(clock.instant()))
                .update();
        writeTranslations(caller, id, cleanTranslations);
        return new KnowledgeCategory(id, parentId, clean, cleanDescription, cleanTranslations);
    }

    @Transactional(readOnly = true)
    public List<KnowledgeCategory> list(Caller caller) {
        return all(caller.workspaceId());
    }

    /** The workspace's whole tree with every translation, by default name; two queries whatever its size. */
    List<KnowledgeCategory> all(WorkspaceId workspace) {
        Map<UUID, Map<String, Translation>> translations = new HashMap<>();
        jdbc.sql("select category_id, language, name, description from knowledge_category_translations where workspace_id = ?")
                .param(workspace.value())
                .query(rs -> {
                    translations.computeIfAbsent(rs.getObject("category_id", UUID.class), category -> new HashMap<>())
                            .put(rs.getString("language"), new Translation(rs.getString("name"), rs.getString("description")));
                });
        return jdbc.sql("select id, parent_id, name, description from knowledge_categories where workspace_id = ? order by name, id")
                .param(workspace.value())
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new KnowledgeCategory(id, rs.getObject("parent_id", UUID.class), rs.getString("name"),
                            rs.getString("description"), translations.getOrDefault(id, Map.of()));
                })
                .list();
    }

    /** How many articles each category holds directly; agents count only published ones. */
    @Transactional(readOnly = true)
    public Map<UUID, Long> articleCounts(Caller caller) {
        boolean author = caller.role().includes(Role.SUPERVISOR);
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.sql("""
                select category_id, count(*) as articles from knowledge_articles
                where workspace_id = ? and category_id is not null and (? or status = 'PUBLISHED')
                group by category_id""")
                .params(caller.workspaceId().value(), author)
                .query(rs -> {
                    counts.put(rs.getObject("category_id", UUID.class), rs.getLong("articles"));
                });
        return counts;
    }

    @Transactional
    public KnowledgeCategory rename(Caller caller, UUID id, String name) {
        return update(caller, id, name, null, null);
    }

    /**
     * Changes what is given and keeps the rest: the default name, the default description (blank removes it) and the
     * translations (when given, they replace all of the category's translations: a language left out, or with a blank
     * name and description, has none afterwards).
     */
    @Transactional
    public KnowledgeCategory update(Caller caller, UUID id, @Nullable String name, @Nullable String description,
                                    @Nullable Map<String, Translation> translations) {
        caller.require(Role.SUPERVISOR);
        KnowledgeCategory category = get(caller, id);
        String cleanName = name == null ? category.name() : name(name, "name");
        String cleanDescription = description == null ? category.description() : description(description, "description");
        Map<String, Translation> cleanTranslations = translations == null ? category.translations() : translations(translations);
        jdbc.sql("update knowledge_categories set name = ?, description = ? where workspace_id = ? and id = ?")
                .params(cleanName, cleanDescription, caller.workspaceId().value(), id).update();
        if (translations != null) {
            jdbc.sql("delete from knowledge_category_translations where workspace_id = ? and category_id = ?")
                    .params(caller.workspaceId().value(), id).update();
            writeTranslations(caller, id, cleanTranslations);
        }
        return new KnowledgeCategory(id, category.parentId(), cleanName, cleanDescription, cleanTranslations);
    }

    /** Moves a category (with everything beneath it) under another one, or to the top when {@code parentId} is null. */
    @Transactional
    public KnowledgeCategory move(Caller caller, UUID id, @Nullable UUID parentId) {
        caller.require(Role.SUPERVISOR);
        KnowledgeCategory category = get(caller, id);
        Set<UUID> subtree = subtree(caller, id);
        if (parentId != null && !exists(caller, parentId)) {
            throw new InvalidRequestException("parentId", "is not a category of this workspace");
        }
        if (parentId != null && subtree.contains(parentId)) {
            throw new InvalidRequestException("parentId", "cannot be the category itself or one of its sub-categories");
        }
        jdbc.sql("update knowledge_categories set parent_id = ? where workspace_id = ? and id = ?")
                .params(parentId, caller.workspaceId().value(), id).update();
        if (articles.reindexCategories(caller.workspaceId(), subtree) > 0) {
            AfterCommit.run(search::catchUp);
        }
        return new KnowledgeCategory(id, parentId, category.name(), category.description(), category.translations());
    }

    /** Deletes an empty category; 409 while it has sub-categories or articles. */
    @Transactional
    public void delete(Caller caller, UUID id) {
        caller.require(Role.SUPERVISOR);
        get(caller, id);
        long children = jdbc.sql("select count(*) from knowledge_categories where workspace_id = ? and parent_id = ?")
                .params(caller.workspaceId().value(), id).query(Long.class).single();
        long inside = jdbc.sql("select count(*) from knowledge_articles where workspace_id = ? and category_id = ?")
                .params(caller.workspaceId().value(), id).query(Long.class).single();
        if (children > 0 || inside > 0) {
            throw new ConflictException("Move this category's sub-categories and articles elsewhere first.");
        }
        jdbc.sql("delete from knowledge_categories where workspace_id = ? and id = ?")
                .params(caller.workspaceId().value(), id).update();
    }

    boolean exists(Caller caller, UUID id) {
        return jdbc.sql("select count(*) from knowledge_categories where workspace_id = ? and id = ?")
                .params(caller.workspaceId().value(), id).query(Long.class).single() > 0;
    }

    private KnowledgeCategory get(Caller caller, UUID id) {
        return list(caller).stream().filter(category -> category.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("Category", id));
    }

    private Set<UUID> subtree(Caller caller, UUID root) {
        Map<UUID, List<UUID>> children = new HashMap<>();
        for (KnowledgeCategory category : list(caller)) {
            if (category.parentId() != null) {
                children.computeIfAbsent(category.parentId(), parent -> new java.util.ArrayList<>()).add(category.id());
            }
        }
        Set<UUID> subtree = new HashSet<>();
        Deque<UUID> next = new ArrayDeque<>(List.of(root));
        while (!next.isEmpty()) {
            UUID at = next.pop();
            if (subtree.add(at)) {
                next.addAll(children.getOrDefault(at, List.of()));
            }
        }
        return subtree;
    }

    private void writeTranslations(Caller caller, UUID id, Map<String, Translation> translations) {
        translations.forEach((language, translation) -> jdbc.sql("""
                        insert into knowledge_category_translations (category_id, workspace_id, language, name, description)
                        values (?, ?, ?, ?, ?)""")
                .params(id, caller.workspaceId().value(), language, translation.name(), translation.description())
                .update());
    }

    /** By canonical language tag; entries without a name and a description are dropped. */
    private static Map<String, Translation> translations(Map<String, @Nullable Translation> translations) {
        Map<String, Translation> clean = new TreeMap<>();
        translations.forEach((tag, translation) -> {
            String language = ArticleLanguage.of("translations", tag).tag();
            String field = "translations." + language;
            String description = description(translation == null ? null : translation.description(), field + ".description");
            String name = translation == null ? null : StorableText.of(translation.name());
            if ((name == null || name.isBlank()) && description == null) {
                return;
            }
            if (clean.put(language, new Translation(name(name, field + ".name"), description)) != null) {
                throw new InvalidRequestException("translations", "names " + language + " twice");
            }
        });
        return clean;
    }

    private static String name(@Nullable String name, String field) {
        String clean = name == null ? "" : StorableText.required(name).strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new InvalidRequestException(field, "must be 1 to " + MAX_NAME + " characters");
        }
        return clean;
    }

    /** Null for none, a blank one included. */
    private static @Nullable String description(@Nullable String description, String field) {
        String clean = StorableText.of(description);
        if (clean == null || clean.isBlank()) {
            return null;
        }
        if (clean.strip().length() > MAX_DESCRIPTION) {
            throw new InvalidRequestException(field, "must be at most " + MAX_DESCRIPTION + " characters");
        }
        return clean.strip();
    }
}
