package dev.frontline.contacts.internal;

import dev.frontline.contacts.Contact;
import dev.frontline.contacts.ContactDetails;
import dev.frontline.contacts.ContactId;
import dev.frontline.contacts.Identity;
import dev.frontline.contacts.IdentityKind;
import dev.frontline.shared.Cursor;
import dev.frontline.shared.Ids;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.TransactionScopedMap;
import dev.frontline.shared.WorkspaceId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for contacts and their identities. Every statement is scoped by workspace. */
@Repository
public class ContactStore {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };
    /** The column's default as it reads back ({@code numeric(14, 2)}). */
    private static final BigDecimal NO_LIFETIME_VALUE = new BigDecimal("0.00");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;
    private final Clock clock;
    /**
     * Contacts this transaction inserted, as a read would give them back: routing reads the customer of a new
     * conversation in the transaction that created both. Kept only while a read could not differ: no attributes
     * (JSON), no lifetime value (the column's scale) and at most one identity (several come in the database's
     * collation); any other change through this store forgets the contact.
     */
    private final TransactionScopedMap<Key, Contact> insertedHere;

    private record Key(WorkspaceId workspace, ContactId id) {
    }

    ContactStore(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json, Clock clock, DataSource dataSource) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.clock = clock;
        this.insertedHere = new TransactionScopedMap<>(dataSource);
    }

    public ContactId insert(WorkspaceId workspace, ContactDetails details) {
        return insertAll(workspace, List.of(details)).getFirst();
    }

    /** Stores new contacts in one round trip; the ids are in the order of {@code details}. */
    public List<ContactId> insertAll(WorkspaceId workspace, List<ContactDetails> details) {
        List<ContactId> ids = details.stream().map(d -> new ContactId(Ids.newId())).toList();
        Instant now = clock.instant();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < details.size(); i++) {
            ContactDetails d = details.get(i);
            rows.add(new Object[] {ids.get(i).value(), workspace.value(), d.name(), d.company(), d.language(),
                    d.timezone(), d.tier() == null ? "standard" : d.tier(),
                    d.lifetimeValue() == null ? BigDecimal.ZERO : d.lifetimeValue(),
                    json.writeValueAsString(d.customAttributes() == null ? Map.of() : d.customAttributes()),
                    d.notes(), Timestamps.sql(now), Timestamps.sql(now)});
        }
        batch.batchUpdate("""
                insert into contacts (id, workspace_id, name, company, language, timezone, tier, lifetime_value,
                                      custom_attributes, notes, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        for (int i = 0; i < details.size(); i++) {
            ContactDetails d = details.get(i);
            if ((d.customAttributes() == null || d.customAttributes().isEmpty()) && d.lifetimeValue() == null) {
                insertedHere.put(new Key(workspace, ids.get(i)), new Contact(ids.get(i), d.name(), d.company(),
                        d.language(), d.timezone(), d.tier() == null ? "standard" : d.tier(), NO_LIFETIME_VALUE, Map.of(),
                        d.notes(), List.of(), null, false, now, now));
            }
        }
        return ids;
    }

    public void update(WorkspaceId workspace, Contact current, ContactDetails changes) {
        insertedHere.remove(new Key(workspace, current.id()));
        Map<String, Object> attributes = new LinkedHashMap<>(current.customAttributes());
        if (changes.customAttributes() != null) {
            attributes.putAll(changes.customAttributes());
            attributes.values().removeIf(Objects::isNull);
        }
        jdbc.sql("""
                update contacts set name = ?, company = ?, language = ?, timezone = ?, tier = ?, lifetime_value = ?,
                                    custom_attributes = ?, notes = ?, updated_at = ?
                where workspace_id = ? and id = ?""")
                .params(or(changes.name(), current.name()), or(changes.company(), current.company()),
                        or(changes.language(), current.language()), or(changes.timezone(), current.timezone()),
                        or(changes.tier(), current.tier()), or(changes.lifetimeValue(), current.lifetimeValue()),
                        json.writeValueAsString(attributes), or(changes.notes(), current.notes()),
                        Timestamps.sql(clock.instant()), workspace.value(), current.id().value())
                .update();
    }

    private static <T> @Nullable T or(@Nullable T change, @Nullable T current) {
        return change != null ? change : current;
    }

    public Optional<Contact> find(WorkspaceId workspace, ContactId id) {
        Contact inserted = insertedHere.get(new Key(workspace, id));
        if (inserted != null) {
            return Optional.of(inserted);
        }
        return jdbc.sql("select * from contacts where workspace_id = ? and id = ?")
                .params(workspace.value(), id.value())
                .query(this::contact)
                .optional();
    }

    public List<Contact> list(WorkspaceId workspace, @Nullable String text, @Nullable Cursor after, int limit) {
        String pattern = text == null || text.isBlank() ? null : "%" + text.toLowerCase(Locale.ROOT) + "%";
        return jdbc.sql("""
                select * from contacts c
                where c.workspace_id = :workspace and c.merged_into is null
                  and (cast(:pattern as varchar) is null or lower(c.name) like :pattern or lower(c.company) like :pattern
                       or exists (select 1 from contact_identities i where i.contact_id = c.id and lower(i.address) like :pattern))
                  and (cast(:afterAt as timestamp with time zone) is null or c.created_at < :afterAt
                       or (c.created_at = :afterAt and c.id < :afterId))
                order by c.created_at desc, c.id desc
                limit :limit""")
                .param("workspace", workspace.value())
                .param("pattern", pattern)
                .param("afterAt", after == null ? null : Timestamps.sql(after.at()))
                .param("afterId", after == null ? null : after.id())
                .param("limit", limit + 1)
                .query(this::contact)
                .list();
    }

    public Optional<ContactId> findByIdentity(WorkspaceId workspace, Identity identity) {
        return Optional.ofNullable(findByIdentities(workspace, List.of(identity)).get(identity));
    }

    /** The contacts these identities belong to; identities no contact has are absent. */
    public Map<Identity, ContactId> findByIdentities(WorkspaceId workspace, Collection<Identity> identities) {
        Map<Identity, ContactId> found = new HashMap<>();
        identities.stream().collect(Collectors.groupingBy(Identity::kind)).forEach((kind, ofKind) ->
                jdbc.sql("""
                        select address, contact_id from contact_identities
                        where workspace_id = :workspace and kind = :kind and address in (:addresses)""")
                        .param("workspace", workspace.value())
                        .param("kind", kind.name())
                        .param("addresses", ofKind.stream().map(Identity::value).toList())
                        .query(rs -> {
                            found.put(new Identity(kind, rs.getString(1)), new ContactId(rs.getObject(2, UUID.class)));
                        }));
        return found;
    }

    public void addIdentity(WorkspaceId workspace, ContactId contact, Identity identity) {
        addIdentities(workspace, Map.of(identity, contact));
    }

    public void addIdentities(WorkspaceId workspace, Map<Identity, ContactId> owners) {
        owners.forEach((identity, owner) -> {
            Key key = new Key(workspace, owner);
            Contact inserted = insertedHere.get(key);
            if (inserted != null && inserted.identities().isEmpty()) {
                insertedHere.put(key, withIdentity(inserted, identity));
            } else {
                insertedHere.remove(key);
            }
        });
        batch.batchUpdate("insert into contact_identities (id, workspace_id, contact_id, kind, address) values (?, ?, ?, ?, ?)",
                owners.entrySet().stream().map(owner -> new Object[] {Ids.newId(), workspace.value(),
                        owner.getValue().value(), owner.getKey().kind().name(), owner.getKey().value()}).toList());
    }

    public boolean removeIdentity(WorkspaceId workspace, ContactId contact, Identity identity) {
        insertedHere.remove(new Key(workspace, contact));
        return jdbc.sql("delete from contact_identities where workspace_id = ? and contact_id = ? and kind = ? and address = ?")
                .params(workspace.value(), contact.value(), identity.kind().name(), identity.value())
                .update() == 1;
    }

    public void moveIdentities(WorkspaceId workspace, ContactId from, ContactId to) {
        insertedHere.remove(new Key(workspace, from));
        insertedHere.remove(new Key(workspace, to));
        jdbc.sql("update contact_identities set contact_id = ? where workspace_id = ? and contact_id = ?")
                .params(to.value(), workspace.value(), from.value())
                .update();
    }

    public void markMerged(WorkspaceId workspace, ContactId merged, ContactId survivor) {
        insertedHere.remove(new Key(workspace, merged));
        jdbc.sql("update contacts set merged_into = ?, updated_at = ? where workspace_id = ? and id = ?")
                .params(survivor.value(), Timestamps.sql(clock.instant()), workspace.value(), merged.value())
                .update();
    }

    public void erase(WorkspaceId workspace, ContactId contact) {
        insertedHere.remove(new Key(workspace, contact));
        jdbc.sql("delete from contact_identities where workspace_id = ? and contact_id = ?")
                .params(workspace.value(), contact.value()).update();
        Instant now = clock.instant();
        jdbc.sql("""
                update contacts set name = null, company = null, timezone = null, notes = null,
                                    custom_attributes = '{}', erased_at = ?, updated_at = ?
                where workspace_id = ? and id = ?""")
                .params(Timestamps.sql(now), Timestamps.sql(now), workspace.value(), contact.value())
                .update();
    }

    private static Contact withIdentity(Contact c, Identity identity) {
        return new Contact(c.id(), c.name(), c.company(), c.language(), c.timezone(), c.tier(), c.lifetimeValue(),
                c.customAttributes(), c.notes(), List.of(identity), c.mergedInto(), c.erased(), c.createdAt(),
                c.updatedAt());
    }

    private List<Identity> identities(UUID contactId) {
        return jdbc.sql("select kind, address from contact_identities where contact_id = ? order by kind, address")
                .param(contactId)
                .query((rs, n) -> new Identity(IdentityKind.valueOf(rs.getString(1)), rs.getString(2)))
                .list();
    }

    private Contact contact(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID mergedInto = rs.getObject("merged_into", UUID.class);
        return new Contact(new ContactId(id), rs.getString("name"), rs.getString("company"), rs.getString("language"),
                rs.getString("timezone"), rs.getString("tier"), rs.getBigDecimal("lifetime_value"),
                json.readValue(rs.getString("custom_attributes"), MAP), rs.getString("notes"), identities(id),
                mergedInto == null ? null : new ContactId(mergedInto), Timestamps.read(rs, "erased_at") != null,
                Timestamps.read(rs, "created_at"), Timestamps.read(rs, "updated_at"));
    }
}
