package dev.frontline.knowledge;

import dev.frontline.audit.AuditTrail;
import dev.frontline.identity.Directory;
import dev.frontline.identity.StaffMember;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ForbiddenException;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may write articles. Supervisors and admins author everything; an agent authors only as a subject-matter
 * expert, for the whole knowledge base or for chosen categories (each with its sub-categories), granted by a
 * supervisor or admin. Granting and revoking are audited. Every authoring use case asks {@link #scopeOf} or
 * {@link #requireAuthor} before it reads or writes anything, so an agent without a grant gets 403.
 */
@Service
public class KnowledgeAuthors {

    /** An agent's grant: the whole knowledge base, or the categories named (their sub-categories included). */
    public record Grant(UUID userId, boolean wholeBase, List<UUID> categoryIds, UUID grantedBy, Instant grantedAt) {
    }

    private static final int MAX_CATEGORIES = 100;

    private final JdbcClient jdbc;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    KnowledgeAuthors(JdbcClient jdbc, Directory directory, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The workspace's subject-matter experts; for supervisors and admins. */
    @Transactional(readOnly = true)
    public List<Grant> list(Caller caller) {
        caller.require(Role.SUPERVISOR);
        Map<UUID, List<UUID>> categories = new HashMap<>();
        jdbc.sql("select user_id, category_id from knowledge_author_categories where workspace_id = ? order by category_id")
                .param(caller.workspaceId().value())
                .query(rs -> {
                    categories.computeIfAbsent(rs.getObject("user_id", UUID.class), user -> new ArrayList<>())
                            .add(rs.getObject("category_id", UUID.class));
                });
        return jdbc.sql("select * from knowledge_authors where workspace_id = ? order by granted_at, user_id")
                .param(caller.workspaceId().value())
                .query((rs, n) -> {
                    UUID user = rs.getObject("user_id", UUID.class);
                    return new Grant(user, rs.getBoolean("whole_base"), categories.getOrDefault(user, List.of()),
                            rs.getObject("granted_by", UUID.class), Timestamps.read(rs, "granted_at"));
                })
                .list();
    }

    /**
     * Makes an active agent of the workspace an author of the whole base or of the given categories, replacing
     * what they were granted before.
     */
    @Transactional
    public Grant grant(Caller caller, UUID userId, boolean wholeBase, List<UUID> categoryIds) {
        caller.require(Role.SUPERVISOR);
        StaffMember member = directory.member(caller.workspaceId(), new UserId(userId))
                .filter(StaffMember::active)
                .orElseThrow(() -> new InvalidRequestException("userId", "is not an active member of this workspace"));
        if (member.role().includes(Role.SUPERVISOR)) {
            throw new InvalidRequestException("userId", "is a supervisor or admin, who author everything already");
        }
        List<UUID> categories = wholeBase ? List.of() : List.copyOf(new LinkedHashSet<>(categoryIds));
        if (!wholeBase && categories.isEmpty()) {
            throw new InvalidRequestException("categoryIds", "must name at least one category unless wholeBase is true");
        }
        if (categories.size() > MAX_CATEGORIES) {
            throw new InvalidRequestException("categoryIds", "at most " + MAX_CATEGORIES + " categories");
        }
        for (UUID category : categories) {
            if (!categoryExists(caller, category)) {
                throw new InvalidRequestException("categoryIds", "names a category that is not in this workspace");
            }
        }
        Instant now = clock.instant();
        jdbc.sql("delete from knowledge_authors where workspace_id = ? and user_id = ?")
                .params(caller.workspaceId().value(), userId).update();
        jdbc.sql("""
                insert into knowledge_authors (workspace_id, user_id, whole_base, granted_by, granted_at)
                values (?, ?, ?, ?, ?)""")
                .params(caller.workspaceId().value(), userId, wholeBase, caller.userId().value(), Timestamps.sql(now))
                .update();
        categories.forEach(category -> jdbc.sql("""
                insert into knowledge_author_categories (workspace_id, user_id, category_id) values (?, ?, ?)""")
                .params(caller.workspaceId().value(), userId, category).update());
        audit.record(caller, "knowledge_author.granted", "user", userId,
                Map.of("wholeBase", wholeBase, "categoryIds", categories));
        return new Grant(userId, wholeBase, categories, caller.userId().value(), now);
    }

    @Transactional
    public void revoke(Caller caller, UUID userId) {
        caller.require(Role.SUPERVISOR);
        int removed = jdbc.sql("delete from knowledge_authors where workspace_id = ? and user_id = ?")
                .params(caller.workspaceId().value(), userId).update();
        if (removed == 0) {
            throw new NotFoundException("Knowledge author", userId);
        }
        audit.record(caller, "knowledge_author.revoked", "user", userId, Map.of());
    }

    /** What the caller may author: everything for supervisors and admins, their grant for an agent. */
    @Transactional(readOnly = true)
    public AuthorScope scopeOf(Caller caller) {
        if (caller.role().includes(Role.SUPERVISOR)) {
            return AuthorScope.EVERYTHING;
        }
        Boolean wholeBase = jdbc.sql("select whole_base from knowledge_authors where workspace_id = ? and user_id = ?")
                .params(caller.workspaceId().value(), caller.userId().value())
                .query(Boolean.class).optional().orElse(null);
        if (wholeBase == null) {
            return AuthorScope.NOTHING;
        }
        if (wholeBase) {
            return AuthorScope.EVERYTHING;
        }
        // The granted categories and everything beneath them; the tree has no cycles (moves refuse them).
        List<UUID> covered = jdbc.sql("""
                with recursive covered (id) as (
                    select category_id from knowledge_author_categories where workspace_id = ? and user_id = ?
                    union all
                    select c.id from knowledge_categories c join covered on c.parent_id = covered.id
                )
                select distinct id from covered""")
                .params(caller.workspaceId().value(), caller.userId().value())
                .query(UUID.class).list();
        return AuthorScope.of(covered);
    }

    /** Fails with 403 unless the caller may author articles filed under {@code categoryId} (null: uncategorised). */
    public AuthorScope requireAuthor(Caller caller, @Nullable UUID categoryId) {
        AuthorScope scope = requireAnyAuthoring(caller);
        if (!scope.covers(categoryId)) {
            throw new ForbiddenException(categoryId == null
                    ? "Only authors of the whole knowledge base write articles without a category."
                    : "You are not an author of this article's category.");
        }
        return scope;
    }

    /** Fails with 403 unless the caller may author at least some articles. */
    public AuthorScope requireAnyAuthoring(Caller caller) {
        AuthorScope scope = scopeOf(caller);
        if (!scope.any()) {
            throw new ForbiddenException("Writing articles needs the supervisor role or an author grant.");
        }
        return scope;
    }

    private boolean categoryExists(Caller caller, UUID id) {
        return jdbc.sql("select count(*) from knowledge_categories where workspace_id = ? and id = ?")
                .params(caller.workspaceId().value(), id).query(Long.class).single() > 0;
    }
}
