package dev.frontline.privacy;

import dev.frontline.audit.AuditTrail;
import dev.frontline.contacts.Contact;
import dev.frontline.contacts.ContactErasure;
import dev.frontline.contacts.ContactId;
import dev.frontline.contacts.Contacts;
import dev.frontline.conversations.ContactHistory;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Export and erasure of one customer's data. Admins only. */
@Service
public class PrivacyRequests {

    public record Export(Instant exportedAt, Contact contact, List<ContactHistory.ConversationRecord> conversations) {
    }

    private final Contacts contacts;
    private final ContactErasure erasure;
    private final ContactHistory history;
    private final AuditTrail audit;
    private final Clock clock;

    PrivacyRequests(Contacts contacts, ContactErasure erasure, ContactHistory history, AuditTrail audit, Clock clock) {
        this.contacts = contacts;
        this.erasure = erasure;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Export export(Caller caller, ContactId id) {
        caller.require(Role.ADMIN);
        Contact contact = contacts.get(caller.workspaceId(), id);
        Export export = new Export(clock.instant(), contact, history.export(caller.workspaceId(), id.value()));
        audit.record(caller, "contact.exported", "contact", id, Map.of("conversations", export.conversations().size()));
        return export;
    }

    @Transactional
    public void erase(Caller caller, ContactId id) {
        caller.require(Role.ADMIN);
        erasure.erase(caller.workspaceId(), id);
        int messages = history.wipe(caller.workspaceId(), id.value());
        audit.record(caller, "contact.erased", "contact", id, Map.of("messagesWiped", messages));
    }
}
