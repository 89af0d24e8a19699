package dev.frontline.channels.email.imap;

import dev.frontline.channels.email.EmailReceiver;
import dev.frontline.channels.email.transport.EmailSettings;
import dev.frontline.channels.email.transport.EmailTransport;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fetches new mail from each email inbox's IMAP folder. Messages are read by UID above the last one handled,
 * oldest first, each handed raw to the {@link EmailReceiver}, then flagged \Seen, then remembered as handled.
 * A crash between storing and remembering fetches the message again, and the receiver answers it as a
 * duplicate (by Message-ID); a changed UIDVALIDITY reads the folder again from the start, with the same
 * effect. A message the receiver cannot take stops the round, to be tried again at the next one, so nothing
 * is skipped. One node at a time fetches a folder (a lease in {@code email_mailbox_state}).
 */
@Component
class ImapPoller {

    private static final Logger log = LoggerFactory.getLogger(ImapPoller.class);

    private final UUID node = UUID.randomUUID();
    private final EmailSettings settings;
    private final MailboxStates states;
    private final ObjectProvider<EmailReceiver> receiver;
    private final Duration timeout;
    private final Duration lease;
    private final int batch;

    ImapPoller(EmailSettings settings, MailboxStates states, ObjectProvider<EmailReceiver> receiver,
               @Value("${frontline.email.imap.timeout:PT30S}") Duration timeout,
               @Value("${frontline.email.imap.lease:PT5M}") Duration lease,
               @Value("${frontline.email.imap.batch:100}") int batch) {
        this.settings = settings;
        this.states = states;
        this.receiver = receiver;
        this.timeout = timeout;
        this.lease = lease;
        this.batch = batch;
    }

    @Scheduled(fixedDelayString = "${frontline.email.imap.poll-interval:PT30S}")
    void pollAll() {
        EmailReceiver emailReceiver = receiver.getIfAvailable();
        if (emailReceiver == null) {
            return;
        }
        for (UUID inboxId : settings.withImap()) {
            try {
                poll(inboxId, emailReceiver);
            } catch (RuntimeException e) {
                log.warn("Fetching mail for inbox {} failed: {}", inboxId, e.toString());
            }
        }
    }

    /** Fetches the inbox's new mail if no other node is doing so; answers how many messages were handed on. */
    int poll(UUID inboxId, EmailReceiver emailReceiver) {
        EmailTransport inbox = settings.transport(inboxId).orElse(null);
        if (inbox == null || inbox.imap() == null) {
            return 0;
        }
        String folder = inbox.imap().folder();
        if (!states.lease(inboxId, folder, node, lease)) {
            return 0;
        }
        String error = null;
        try {
            return fetch(inbox, inbox.imap(), emailReceiver);
        } catch (MessagingException | IOException | RuntimeException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("Fetching mail for inbox {} from {} failed: {}", inboxId, inbox.imap(), error);
            return 0;
        } finally {
            states.release(inboxId, folder, node, error == null ? null : error.substring(0, Math.min(1000, error.length())));
        }
    }

    private int fetch(EmailTransport inbox, EmailTransport.Imap imap, EmailReceiver emailReceiver)
            throws MessagingException, IOException {
        Session session = session(imap);
        try (Store store = session.getStore(imap.security() == EmailTransport.Security.SSL ? "imaps" : "imap")) {
            store.connect(imap.host(), imap.port(), imap.username(), imap.password());
            IMAPFolder folder = (IMAPFolder) store.getFolder(imap.folder());
            folder.open(Folder.READ_WRITE);
            try {
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
                for (Message message : fresh) {
                    long uid = folder.getUID(message);
                    ByteArrayOutputStream raw = new ByteArrayOutputStream();
                    message.writeTo(raw);
                    emailReceiver.receive(inbox.inboxId(), raw.toByteArray(), "imap");
                    message.setFlag(Flags.Flag.SEEN, true);
                    states.fetched(inbox.inboxId(), imap.folder(), uid);
                }
                return fresh.size();
            } finally {
                folder.close(false);
            }
        }
    }

    private static long uid(IMAPFolder folder, Message message) {
        try {
            return folder.getUID(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Session session(EmailTransport.Imap imap) {
        Properties properties = new Properties();
        String millis = String.valueOf(timeout.toMillis());
        for (String protocol : List.of("imap", "imaps")) {
            properties.put("mail." + protocol + ".connectiontimeout", millis);
            properties.put("mail." + protocol + ".timeout", millis);
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
}
