package dev.frontline.knowledge;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Ids;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.Role;
import dev.frontline.shared.StorableText;
import dev.frontline.shared.Timestamps;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workspace's category tree; supervisors and admins add categories, everyone reads them. */
@Service
public class KnowledgeCategories {

    private final JdbcClient jdbc;
    private final Clock clock;

    KnowledgeCategories(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public KnowledgeCategory create(Caller caller, String name, @Nullable UUID parentId) {
        caller.require(Role.SUPERVISOR);
        String clean = StorableText.required(name).strip();
        if (clean.isEmpty()) {
            throw new InvalidRequestException("name", "must not be blank");
        }
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

    boolean exists(Caller caller, UUID id) {
        return jdbc.sql("select count(*) from knowledge_categories where workspace_id = ? and id = ?")
                .params(caller.workspaceId().value(), id).query(Long.class).single() > 0;
    }
}
