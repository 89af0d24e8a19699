package dev.frontline.channels.email.imap;

import dev.frontline.channels.email.EmailReceiver;
import dev.frontline.channels.email.transport.EmailSettings;
import dev.frontline.channels.email.transport.EmailTransport;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fetches new mail from each email inbox's IMAP folder. Messages are read by UID above the last one handled,
 * oldest first, in batches ({@code frontline.email.imap.batch}) handed raw to the {@link EmailReceiver}, which
 * stores a batch in one transaction; then they are flagged \Seen and remembered as handled. A crash between
 * storing and remembering fetches them again, and the receiver answers them as
 * duplicates (by Message-ID); a changed UIDVALIDITY reads the folder again from the start, with the same
 * effect. A message the receiver cannot take stops the round, to be tried again at the next one, so nothing
 * is skipped. One node at a time fetches a folder (a lease in {@code email_mailbox_state}).
 * <p>
 * When the server supports IDLE (and {@code frontline.email.imap.idle} is on) the node that took the lease
 * keeps the folder open in an {@link IdleWatch}, fetching as soon as the server announces new mail and
 * renewing its lease every poll interval (at most half the lease); otherwise the folder is polled every
 * poll interval.
 */
@Component
class ImapPoller implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImapPoller.class);
    /** Servers end an IDLE after about 29 minutes (RFC 2177): renew well before. */
    private static final Duration LONGEST_IDLE = Duration.ofMinutes(20);

    private final UUID node = UUID.randomUUID();
    private final EmailSettings settings;
    private final MailboxStates states;
    private final ObjectProvider<EmailReceiver> receiver;
    private final Duration timeout;
    private final Duration lease;
    private final int batch;
    private final boolean idle;
    private final Duration refresh;
    private final Map<UUID, IdleWatch> watching = new ConcurrentHashMap<>();
    private final ScheduledExecutorService wakeUps = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("imap-idle-wake-ups").factory());
    private volatile boolean stopping;

    ImapPoller(EmailSettings settings, MailboxStates states, ObjectProvider<EmailReceiver> receiver,
               @Value("${frontline.email.imap.timeout:PT30S}") Duration timeout,
               @Value("${frontline.email.imap.lease:PT5M}") Duration lease,
               @Value("${frontline.email.imap.batch:100}") int batch,
               @Value("${frontline.email.imap.poll-interval:PT30S}") Duration pollInterval,
               @Value("${frontline.email.imap.idle:true}") boolean idle) {
        this.settings = settings;
        this.states = states;
        this.receiver = receiver;
        this.timeout = timeout;
        this.lease = lease;
        this.batch = batch;
        this.idle = idle;
        this.refresh = shortest(pollInterval, lease.dividedBy(2), LONGEST_IDLE);
    }

    @Scheduled(fixedDelayString = "${frontline.email.imap.poll-interval:PT30S}")
    void pollAll() {
        EmailReceiver emailReceiver = receiver.getIfAvailable();
        if (emailReceiver == null) {
            return;
        }
        for (UUID inboxId : settings.withImap()) {
            if (watching.containsKey(inboxId)) {
                continue; // its watch fetches and renews on its own
            }
            try {
                poll(inboxId, emailReceiver);
            } catch (RuntimeException e) {
                log.warn("Fetching mail for inbox {} failed: {}", inboxId, e.toString());
            }
        }
    }

    /**
     * Fetches the inbox's new mail if no other node is doing so, then keeps watching the folder if the server
     * supports IDLE; answers how many messages were handed on.
     */
    int poll(UUID inboxId, EmailReceiver emailReceiver) {
        EmailTransport inbox = settings.transport(inboxId).orElse(null);
        if (inbox == null || inbox.imap() == null) {
            return 0;
        }
        EmailTransport.Imap imap = inbox.imap();
        if (!states.lease(inboxId, imap.folder(), node, lease)) {
            return 0;
        }
        Store store = null;
        String error = null;
        boolean watched = false;
        try {
            store = session(imap).getStore(imap.security() == EmailTransport.Security.SSL ? "imaps" : "imap");
            store.connect(imap.host(), imap.port(), imap.username(), imap.password());
            IMAPFolder folder = (IMAPFolder) store.getFolder(imap.folder());
            folder.open(Folder.READ_WRITE);
            int fetched = fetchBacklog(inbox, imap, folder, emailReceiver);
            if (idle && !stopping && ((IMAPStore) store).hasCapability("IDLE")) {
                watch(inbox, store, folder, emailReceiver);
                watched = true;
            }
            return fetched;
        } catch (MessagingException | IOException | RuntimeException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("Fetching mail for inbox {} from {} failed: {}", inboxId, imap, error);
            return 0;
        } finally {
            if (!watched) {
                close(store);
                states.release(inboxId, imap.folder(), node, error);
            }
        }
    }

    /** Hands the open folder, and the lease, to a watch that fetches on every announcement until it ends. */
    private void watch(EmailTransport inbox, Store store, IMAPFolder folder, EmailReceiver emailReceiver) {
        EmailTransport.Imap imap = inbox.imap();
        IdleWatch.Round round = open -> {
            // A round renews the lease, and ends the watch if the settings changed (the next poll reconnects).
            EmailTransport current = settings.transport(inbox.inboxId()).orElse(null);
            if (current == null || !imap.equals(current.imap())
                    || !states.lease(inbox.inboxId(), imap.folder(), node, lease)) {
                return false;
            }
            fetchBacklog(inbox, imap, open, emailReceiver);
            states.polled(inbox.inboxId(), imap.folder(), node);
            return true;
        };
        IdleWatch watch = new IdleWatch("imap-idle-" + inbox.inboxId(), store, folder, round, (ended, error) -> {
            // Released before forgotten: a poll in between would otherwise take the lease this release drops.
            try {
                states.release(inbox.inboxId(), imap.folder(), node, error);
            } finally {
                watching.remove(inbox.inboxId(), ended);
            }
        });
        watching.put(inbox.inboxId(), watch);
        watch.start(wakeUps, refresh);
    }

    /**
     * Fetches batch after batch while batches come back full (mail that piled up while the inbox was offline),
     * renewing the lease before each further batch; answers how many messages were handed on.
     */
    private int fetchBacklog(EmailTransport inbox, EmailTransport.Imap imap, IMAPFolder folder,
                             EmailReceiver emailReceiver) throws MessagingException, IOException {
        int total = 0;
        int fetched;
        do {
            fetched = fetch(inbox, imap, folder, emailReceiver);
            total += fetched;
        } while (fetched == batch && !stopping && states.lease(inbox.inboxId(), imap.folder(), node, lease));
        return total;
    }

    private int fetch(EmailTransport inbox, EmailTransport.Imap imap, IMAPFolder folder, EmailReceiver emailReceiver)
            throws MessagingException, IOException {
        long uidValidity = folder.getUIDValidity();
        MailboxStates.Position position = states.position(inbox.inboxId(), imap.folder());
        long last = position.lastUid();
        if (position.uidValidity() == null || position.uidValidity() != uidValidity) {
            states.restart(inbox.inboxId(), imap.folder(), uidValidity);
            last = 0;
        }
        long after = last;
        // "n:*" always includes the newest message, even when its UID is below n: filter again.
        List<Message> fresh = Arrays.stream(folder.getMessagesByUID(last + 1, UIDFolder.MAXUID))
                .filter(message -> uid(folder, message) > after)
                .sorted(Comparator.comparingLong(message -> uid(folder, message)))
                .limit(batch)
                .toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        // One FETCH for the batch's bodies instead of one per message.
        FetchProfile bodies = new FetchProfile();
        bodies.add(IMAPFolder.FetchProfileItem.MESSAGE);
        folder.fetch(fresh.toArray(Message[]::new), bodies);
        List<byte[]> raw = new ArrayList<>();
        for (Message message : fresh) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            raw.add(bytes.toByteArray());
        }
        // Stored in one transaction; then flagged \Seen and remembered. A crash in between fetches them again,
        // and the receiver answers them as duplicates.
        int taken = emailReceiver.receiveAll(inbox.inboxId(), raw, "imap").size();
        List<Message> stored = fresh.subList(0, taken);
        folder.setFlags(stored.toArray(Message[]::new), new Flags(Flags.Flag.SEEN), true);
        states.fetched(inbox.inboxId(), imap.folder(), folder.getUID(stored.getLast()));
        if (taken < fresh.size()) {
            return taken; // an unusable message: the round stops before it and tries it again next time
        }
        return fresh.size();
    }

    /** Ends every watch (each closes its connection and releases its lease) before the database goes away. */
    @Override
    public void destroy() {
        stopping = true;
        watching.values().forEach(watch -> watch.stop(timeout));
        wakeUps.shutdownNow();
    }

    private static long uid(IMAPFolder folder, Message message) {
        try {
            return folder.getUID(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void close(@Nullable Store store) {
        if (store == null) {
            return;
        }
        try {
            store.close(); // closes the open folder without expunging
        } catch (MessagingException alreadyGone) {
            // nothing left to close
        }
    }

    private Session session(EmailTransport.Imap imap) {
        Properties properties = new Properties();
        String millis = String.valueOf(timeout.toMillis());
        // An IDLE reads nothing until the server announces mail or the watch wakes it: allow for that wait.
        String readMillis = String.valueOf((idle ? timeout.plus(refresh) : timeout).toMillis());
        for (String protocol : List.of("imap", "imaps")) {
            properties.put("mail." + protocol + ".connectiontimeout", millis);
            properties.put("mail." + protocol + ".timeout", readMillis);
            properties.put("mail." + protocol + ".writetimeout", millis);
            // Read with BODY.PEEK: the message is flagged \Seen only after it is stored.
            properties.put("mail." + protocol + ".peek", "true");
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        if (imap.security() == EmailTransport.Security.STARTTLS) {
            properties.put("mail.imap.starttls.enable", "true");
            properties.put("mail.imap.starttls.required", "true");
        }
        return Session.getInstance(properties);
    }

    private static Duration shortest(Duration... durations) {
        return Arrays.stream(durations).min(Comparator.naturalOrder()).orElseThrow();
    }
}
