package dev.frontline.contacts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.contacts.Contact;
import dev.frontline.contacts.ContactDetails;
import dev.frontline.contacts.ContactId;
import dev.frontline.contacts.Contacts;
import dev.frontline.contacts.Identity;
import dev.frontline.contacts.IdentityKind;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Routing reads the customer of a new conversation in the transaction that created the contact, without a query:
 * what it gets must be exactly what a read after commit gives, and changes in the transaction must be seen.
 */
@IntegrationTest
class ContactsInsertedHereIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    Contacts contacts;

    @Autowired
    ContactStore store;

    @Autowired
    TransactionTemplate transaction;

    TestWorkspaces.Workspace workspace;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
    }

    private static Identity phone(String number) {
        return new Identity(IdentityKind.PHONE, number);
    }

    @Test
    void aReadInTheInsertingTransactionIsWhatAReadAfterCommitGives() {
        Identity phone = phone("+821012345678");
        Contact inside = transaction.execute(status -> {
            ContactId id = contacts.recogniseAll(workspace.id(),
                    Map.of(phone, new ContactDetails("김민지", null, "ko", "Asia/Seoul", null, null, null, null))).get(phone);
            return contacts.get(workspace.id(), id);
        });

        Contact afterCommit = contacts.get(workspace.id(), inside.id());
        assertThat(inside).isEqualTo(afterCommit);
        assertThat(inside.identities()).containsExactly(phone);
        assertThat(inside.tier()).isEqualTo("standard");
    }

    @Test
    void changesInTheSameTransactionAreRead() {
        transaction.executeWithoutResult(status -> {
            ContactId id = store.insert(workspace.id(), new ContactDetails("Wei", null, "zh", null, null, null, null, null));
            store.addIdentity(workspace.id(), id, phone("+8613800138000"));
            Contact current = contacts.get(workspace.id(), id);
            store.update(workspace.id(), current, new ContactDetails(null, null, null, null, "vip", new BigDecimal("12.5"),
                    null, null));
            assertThat(contacts.get(workspace.id(), id).tier()).isEqualTo("vip");
        });
        transaction.executeWithoutResult(status -> {
            ContactId id = store.insert(workspace.id(), new ContactDetails("Lan", null, "zh", null, null, null, null, null));
            store.addIdentity(workspace.id(), id, phone("+8613800138001"));
            assertThat(contacts.get(workspace.id(), id).identities()).hasSize(1);
            store.addIdentity(workspace.id(), id, new Identity(IdentityKind.EMAIL, "lan@customer.example"));
            assertThat(contacts.get(workspace.id(), id).identities()).hasSize(2);
        });
        transaction.executeWithoutResult(status -> {
            ContactId id = store.insert(workspace.id(), new ContactDetails("Ana", null, null, null, null, null, null, null));
            store.erase(workspace.id(), id);
            assertThat(contacts.get(workspace.id(), id).erased()).isTrue();
        });
    }

    @Test
    void anotherWorkspaceDoesNotSeeIt() {
        TestWorkspaces.Workspace other = workspaces.create();
        transaction.executeWithoutResult(status -> {
            ContactId id = store.insert(workspace.id(), new ContactDetails("Mina", null, null, null, null, null, null, null));
            assertThat(store.find(other.id(), id)).isEmpty();
        });
    }
}
