package dev.frontline.contacts;

import dev.frontline.contacts.internal.ContactStore;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.WorkspaceId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Folds a duplicate contact into the one that survives. The survivor keeps its own values, gains
 * whatever it lacked, all identities and (through {@link ContactsMerged}) all conversations; lifetime
 * values add up and notes are kept side by side. Nothing is lost.
 */
@Service
public class ContactMerge {

    private final Contacts contacts;
    private final ContactStore store;
    private final ApplicationEventPublisher events;

    ContactMerge(Contacts contacts, ContactStore store, ApplicationEventPublisher events) {
        this.contacts = contacts;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public Contact merge(WorkspaceId workspace, ContactId survivorId, ContactId mergedId) {
        if (survivorId.equals(mergedId)) {
            throw new UnprocessableException("A contact cannot be merged into itself.");
        }
        Contact survivor = contacts.get(workspace, survivorId);
        Contact merged = contacts.get(workspace, mergedId);
        if (survivor.mergedInto() != null || merged.mergedInto() != null) {
            throw new UnprocessableException("One of these contacts was already merged into another.");
        }
        Map<String, Object> attributes = new LinkedHashMap<>(merged.customAttributes());
        attributes.putAll(survivor.customAttributes());
        store.update(workspace, survivor, new ContactDetails(
                fill(survivor.name(), merged.name()), fill(survivor.company(), merged.company()),
                fill(survivor.language(), merged.language()), fill(survivor.timezone(), merged.timezone()),
                survivor.tier(), survivor.lifetimeValue().add(merged.lifetimeValue()), attributes,
                Stream.of(survivor.notes(), merged.notes()).filter(Objects::nonNull).filter(n -> !n.isBlank())
                        .collect(Collectors.collectingAndThen(Collectors.joining("\n\n"), n -> n.isEmpty() ? null : n))));
        store.moveIdentities(workspace, mergedId, survivorId);
        store.markMerged(workspace, mergedId, survivorId);
        events.publishEvent(new ContactsMerged(workspace, survivorId, mergedId));
        return contacts.get(workspace, survivorId);
    }

    private static @Nullable String fill(@Nullable String own, @Nullable String other) {
        return own != null ? own : other;
    }
}
