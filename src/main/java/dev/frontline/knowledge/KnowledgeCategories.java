package dev.frontline.knowledge;

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
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's category tree; supervisors and admins add, rename, move and delete categories, everyone
 * reads them. Moving a category re-indexes the articles beneath it, since a category filter finds the articles of
 * all sub-categories.
 */
@Service
public class KnowledgeCategories {

    private static final int MAX_NAME = 200;

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
        caller.require(Role.SUPERVISOR);
        String clean = name(name);
        if (parentId != null && !exists(caller, parentId)) {
            throw new InvalidRequestException("parentId", "is not a category of this workspace");
        }
        UUID id = Ids.newId();
        jdbc.sql("insert into knowledge_categories (id, workspace_id, parent_id, name, created_at) values (?, ?, ?, ?, ?)")
                .params(id, caller.workspaceId().value(), parentId, clean, Timestamps.sql(clock.instant()))
                .update();
        return new KnowledgeCategory(id, parentId, clean);
    }

    @Transactional(readOnly = true)
    public List<KnowledgeCategory> list(Caller caller) {
        return jdbc.sql("select id, parent_id, name from knowledge_categories where workspace_id = ? order by name, id")
                .param(caller.workspaceId().value())
                .query((rs, n) -> new KnowledgeCategory(rs.getObject("id", UUID.class),
                        rs.getObject("parent_id", UUID.class), rs.getString("name")))
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
        caller.require(Role.SUPERVISOR);
        KnowledgeCategory category = get(caller, id);
        String clean = name(name);
        jdbc.sql("update knowledge_categories set name = ? where workspace_id = ? and id = ?")
                .params(clean, caller.workspaceId().value(), id).update();
        return new KnowledgeCategory(id, category.parentId(), clean);
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
        return new KnowledgeCategory(id, parentId, category.name());
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

    private static String name(String name) {
        String clean = StorableText.required(name).strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new InvalidRequestException("name", "must be 1 to " + MAX_NAME + " characters");
        }
        return clean;
    }
}
