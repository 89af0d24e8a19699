package dev.frontline.conversations;

import dev.frontline.shared.Caller;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's tags: those supervisors defined (with a colour) and those simply in use, since
 * anyone may tag a conversation with a new word. Deleting a definition leaves conversations tagged.
 */
@Service
public class TagCatalog {

    /** A tag with how many open or pending conversations carry it. */
    public record Tag(String name, @Nullable String color, long conversations) {
    }

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final JdbcClient jdbc;
    private final Clock clock;

    TagCatalog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Tag> list(WorkspaceId workspace) {
        Map<String, Tag> tags = new TreeMap<>();
        jdbc.sql("select name, color from tag_definitions where workspace_id = ?").param(workspace.value())
                .query(rs -> {
                    tags.put(rs.getString(1), new Tag(rs.getString(1), rs.getString(2), 0));
                });
        jdbc.sql("""
                select t.tag, sum(case when c.status in ('OPEN', 'PENDING') then 1 else 0 end) from conversation_tags t
                join conversations c on c.id = t.conversation_id where c.workspace_id = ? group by t.tag""")
                .param(workspace.value())
                .query(rs -> {
                    Tag defined = tags.get(rs.getString(1));
                    tags.put(rs.getString(1), new Tag(rs.getString(1), defined == null ? null : defined.color(), rs.getLong(2)));
                });
        return List.copyOf(tags.values());
    }

    /** Defines a tag, or changes the colour of a defined one. */
    @Transactional
    public Tag define(Caller caller, String name, @Nullable String color) {
        caller.require(Role.SUPERVISOR);
        String tag = name.strip().toLowerCase(Locale.ROOT);
        if (tag.isEmpty() || tag.length() > 100) {
            throw new InvalidRequestException("name", "must be 1 to 100 characters");
        }
        if (color != null && !COLOR.matcher(color).matches()) {
            throw new InvalidRequestException("color", "must be a colour like #1a7f5a");
        }
        jdbc.sql("insert into tag_definitions (workspace_id, name, color, created_at) values (?, ?, ?, ?) on conflict do nothing")
                .params(caller.workspaceId().value(), tag, color, Timestamps.sql(clock.instant())).update();
        jdbc.sql("update tag_definitions set color = ? where workspace_id = ? and name = ?")
                .params(color, caller.workspaceId().value(), tag).update();
        return list(caller.workspaceId()).stream().filter(t -> t.name().equals(tag)).findFirst().orElseThrow();
    }

    @Transactional
    public void delete(Caller caller, String name) {
        caller.require(Role.SUPERVISOR);
        String tag = name.strip().toLowerCase(Locale.ROOT);
        if (jdbc.sql("delete from tag_definitions where workspace_id = ? and name = ?")
                .params(caller.workspaceId().value(), tag).update() == 0) {
            throw new NotFoundException("Tag", tag);
        }
    }
}
