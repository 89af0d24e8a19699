package dev.frontline.channels.email;

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
}
