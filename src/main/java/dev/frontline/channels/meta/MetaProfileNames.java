package dev.frontline.channels.meta;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.frontline.channels.messaging.MessagingSettings;
import dev.frontline.contacts.Contact;
import dev.frontline.contacts.ContactDetails;
import dev.frontline.contacts.ContactId;
import dev.frontline.contacts.Contacts;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.WorkspaceId;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Names Messenger and Instagram customers after their message is stored, never inside the webhook: a Graph API
 * call there would hold the provider's request (and the group commit) for a network round trip. The message is
 * stored on the contact of the page-scoped id; then, after commit and on a virtual thread, a contact without a
 * name gets the one from {@link MetaProfiles}. A lookup that fails (network, no permission, the Graph API down) is
 * tried again after each of {@code frontline.messaging.meta.profile-retry-delays} (1 min, 10 min, 1 h), and with
 * the customer's next message, on whichever node takes it: whether the contact still needs a name is read from the
 * database, so a restart (which forgets the timed retries) or another node loses nothing. Each node remembers the
 * contacts it found named, so a customer's later messages cost no lookup at all.
 */
@Component
class MetaProfileNames implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MetaProfileNames.class);
    /** Graph API calls at once per node; more customers wait their turn. */
    private static final int CONCURRENT_LOOKUPS = 4;
    /** Past this many waiting lookups (the Graph API slow or down under a flood) new ones are left to the next message. */
    private static final int MAX_WAITING = 10_000;

    private final MetaProfiles profiles;
    private final Contacts contacts;
    private final ExecutorService lookups = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore graphCalls = new Semaphore(CONCURRENT_LOOKUPS);
    private final Set<ContactId> underway = ConcurrentHashMap.newKeySet();
    private final Cache<ContactId, Boolean> named = Caffeine.newBuilder().maximumSize(100_000).build();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("meta-profile-retries").factory());
    private final List<Duration> retryDelays;

    MetaProfileNames(MetaProfiles profiles, Contacts contacts,
                     @Value("${frontline.messaging.meta.profile-retry-delays:PT1M,PT10M,PT1H}") List<Duration> retryDelays) {
        this.profiles = profiles;
        this.contacts = contacts;
        this.retryDelays = List.copyOf(retryDelays);
    }

    /** Names the contact from the customer's profile once the current transaction (if any) has committed. */
    void nameLater(MessagingSettings.MetaAccount account, ContactId contact, String scopedId) {
        if (named.getIfPresent(contact) != null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    start(account, contact, scopedId, 0);
                }
            });
        } else {
            start(account, contact, scopedId, 0);
        }
    }

    /** {@code retried}: how many timed retries came before this lookup. */
    private void start(MessagingSettings.MetaAccount account, ContactId contact, String scopedId, int retried) {
        if (named.getIfPresent(contact) != null || underway.size() >= MAX_WAITING || !underway.add(contact)) {
            return;
        }
        lookups.execute(() -> {
            try {
                boolean found = name(account.workspace(), contact, () -> {
                    graphCalls.acquireUninterruptibly();
                    try {
                        return profiles.name(account, scopedId);
                    } finally {
                        graphCalls.release();
                    }
                });
                if (!found && retried < retryDelays.size()) {
                    retries.schedule(() -> start(account, contact, scopedId, retried + 1),
                            retryDelays.get(retried).toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (NotFoundException | DataAccessException e) {
                log.info("Could not name a {} contact of inbox {}: {}", account.channel().id(), account.inboxId(),
                        e.getMessage());
            } finally {
                underway.remove(contact);
            }
        });
    }

    private interface Lookup {
        String lookUp();
    }

    /** Answers whether the contact has a name now (false: the lookup found none, to be tried again). */
    private boolean name(WorkspaceId workspace, ContactId contact, Lookup profile) {
        if (!needsName(contacts.get(workspace, contact))) {
            named.put(contact, true);
            return true;
        }
        String name = profile.lookUp();
        if (name == null) {
            return false;
        }
        // Read again: an agent may have named the contact while the Graph API answered; theirs wins.
        if (needsName(contacts.get(workspace, contact))) {
            contacts.update(workspace, contact, new ContactDetails(name, null, null, null, null, null, null, null));
        }
        named.put(contact, true);
        return true;
    }

    private static boolean needsName(Contact contact) {
        return contact.name() == null && contact.mergedInto() == null && !contact.erased();
    }

    @Override
    public void destroy() {
        retries.shutdownNow();
        lookups.shutdownNow();
    }
}
