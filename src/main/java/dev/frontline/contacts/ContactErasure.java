package dev.frontline.contacts;

import dev.frontline.contacts.internal.ContactStore;
import dev.frontline.shared.WorkspaceId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Removes what identifies a customer; the row stays so conversation statistics stay whole. */
@Service
public class ContactErasure {

    private final Contacts contacts;
    private final ContactStore store;
    private final ApplicationEventPublisher events;

    ContactErasure(Contacts contacts, ContactStore store, ApplicationEventPublisher events) {
        this.contacts = contacts;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public void erase(WorkspaceId workspace, ContactId id) {
        contacts.get(workspace, id);
        store.erase(workspace, id);
        events.publishEvent(new ContactErased(workspace, id));
    }
}
