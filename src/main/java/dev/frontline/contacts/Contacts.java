package dev.frontline.contacts;

import dev.frontline.contacts.internal.ContactStore;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.Cursor;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Page;
import dev.frontline.shared.WorkspaceId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workspace's customers: create, find, edit, and recognise them by a channel identity. */
@Service
public class Contacts {

    private final ContactStore store;
    private final ApplicationEventPublisher events;

    Contacts(ContactStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @Transactional
    public Contact create(WorkspaceId workspace, ContactDetails details, List<Identity> identities) {
        for (Identity identity : identities) {
            if (store.findByIdentity(workspace, identity).isPresent()) {
                throw new ConflictException("Another contact already has the identity " + identity.kind() + " "
                        + identity.value() + ".");
            }
        }
        return get(workspace, insert(workspace, details, identities));
    }

    /**
     * The contact this identity belongs to, created on first contact with a channel. When two
     * deliveries race to create the same customer, the unique identity index lets one win and the
     * other fails with {@link org.springframework.dao.DuplicateKeyException}; calling again finds the winner.
     */
    @Transactional
    public ContactId recognise(WorkspaceId workspace, Identity identity, ContactDetails firstSeenAs) {
        return recogniseAll(workspace, Map.of(identity, firstSeenAs)).get(identity);
    }

    /**
     * {@link #recognise} for several identities at once, with one lookup and one insert per table. New
     * contacts are created in the order of their identities, so that concurrent calls wait for each
     * other instead of deadlocking on the identity index.
     */
    @Transactional
    public Map<Identity, ContactId> recogniseAll(WorkspaceId workspace, Map<Identity, ContactDetails> firstSeenAs) {
        Map<Identity, ContactId> contacts = new HashMap<>(store.findByIdentities(workspace, firstSeenAs.keySet()));
        List<Identity> unknown = firstSeenAs.keySet().stream()
                .filter(identity -> !contacts.containsKey(identity))
                .sorted(Comparator.comparing(Identity::kind).thenComparing(Identity::value))
                .toList();
        if (unknown.isEmpty()) {
            return contacts;
        }
        List<ContactId> created = store.insertAll(workspace, unknown.stream().map(firstSeenAs::get).toList());
        Map<Identity, ContactId> owners = new LinkedHashMap<>();
        for (int i = 0; i < unknown.size(); i++) {
            owners.put(unknown.get(i), created.get(i));
        }
        store.addIdentities(workspace, owners);
        created.forEach(id -> events.publishEvent(new ContactCreated(workspace, id)));
        contacts.putAll(owners);
        return contacts;
    }

    private ContactId insert(WorkspaceId workspace, ContactDetails details, List<Identity> identities) {
        ContactId id = store.insert(workspace, details);
        identities.stream().distinct().forEach(identity -> store.addIdentity(workspace, id, identity));
        events.publishEvent(new ContactCreated(workspace, id));
        return id;
    }

    @Transactional(readOnly = true)
    public Contact get(WorkspaceId workspace, ContactId id) {
        return store.find(workspace, id).orElseThrow(() -> new NotFoundException("Contact", id));
    }

    @Transactional(readOnly = true)
    public boolean exists(WorkspaceId workspace, ContactId id) {
        return store.find(workspace, id).isPresent();
    }

    @Transactional(readOnly = true)
    public Page<Contact> list(WorkspaceId workspace, @Nullable String text, @Nullable String cursor, int limit) {
        List<Contact> rows = store.list(workspace, text, cursor == null ? null : Cursor.decode(cursor), limit);
        return Page.fromOverfetch(rows, limit, contact -> new Cursor(contact.createdAt(), contact.id().value()));
    }

    @Transactional
    public Contact update(WorkspaceId workspace, ContactId id, ContactDetails changes) {
        Contact before = get(workspace, id);
        store.update(workspace, before, changes);
        Contact after = get(workspace, id);
        if (!after.tier().equals(before.tier())) {
            events.publishEvent(new ContactTierChanged(workspace, id, before.tier(), after.tier()));
        }
        return after;
    }

    @Transactional
    public Contact addIdentity(WorkspaceId workspace, ContactId id, Identity identity) {
        get(workspace, id);
        if (store.findByIdentity(workspace, identity).isPresent()) {
            throw new ConflictException("Another contact already has this identity.");
        }
        store.addIdentity(workspace, id, identity);
        return get(workspace, id);
    }

    @Transactional
    public Contact removeIdentity(WorkspaceId workspace, ContactId id, Identity identity) {
        get(workspace, id);
        if (!store.removeIdentity(workspace, id, identity)) {
            throw new NotFoundException("Identity", identity.kind() + " " + identity.value());
        }
        return get(workspace, id);
    }
}
