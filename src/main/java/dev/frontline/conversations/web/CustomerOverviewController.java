package dev.frontline.conversations.web;

import dev.frontline.contacts.Contact;
import dev.frontline.contacts.ContactId;
import dev.frontline.contacts.Contacts;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.Status;
import dev.frontline.shared.Caller;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Customer 360: the contact and every conversation with them, across all inboxes and channels. */
@RestController
class CustomerOverviewController {

    record CustomerOverview(Contact contact, List<ConversationView> conversations, Map<Status, Long> countsByStatus) {
    }

    private final Contacts contacts;
    private final ConversationQueries queries;

    CustomerOverviewController(Contacts contacts, ConversationQueries queries) {
        this.contacts = contacts;
        this.queries = queries;
    }

    @GetMapping("/api/v1/contacts/{id}/overview")
    CustomerOverview overview(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        Contact contact = contacts.get(caller.workspaceId(), new ContactId(id));
        var history = queries.ofContact(caller.workspaceId(), id);
        return new CustomerOverview(contact, history.conversations(), history.countsByStatus());
    }
}
