package dev.frontline.channels.email;

import java.util.List;
import java.util.UUID;

/** Takes one raw RFC 5322 message that reached an email inbox, from any source (IMAP, MTA pipe, API). */
public interface EmailReceiver {

    /**
     * Parses, threads and stores the message once. Throws the project's 4xx exceptions for unusable input
     * ({@link dev.frontline.shared.NotFoundException} for an unknown inbox,
     * {@link dev.frontline.shared.UnprocessableException} for an inbox that is not an email inbox,
     * {@link dev.frontline.shared.PayloadTooLargeException} above the attachment size limit).
     *
     * @param inboxId the email inbox the message reached
     * @param rfc822  the message exactly as received
     * @param source  where it came from, e.g. {@code imap}, {@code api}, {@code mta}; kept with the message
     */
    EmailReceipt receive(UUID inboxId, byte[] rfc822, String source);

    /**
     * {@link #receive} for several messages at once (a mailbox fetch), stored in one transaction. Answers the
     * receipts of the leading messages it took, in order: if a message is unusable, the ones before it are
     * stored and it and the ones after it are not (the caller tries them again later); if the first one is
     * unusable, throws its exception as {@link #receive} does.
     */
    List<EmailReceipt> receiveAll(UUID inboxId, List<byte[]> messages, String source);
}
