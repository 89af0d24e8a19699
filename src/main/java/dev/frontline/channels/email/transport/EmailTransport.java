package dev.frontline.channels.email.transport;

import dev.frontline.shared.WorkspaceId;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How an email inbox reaches its mailbox: the sender identity and, when configured, the IMAP server it
 * fetches from and the SMTP server it sends through, with the passwords decrypted. Never log the servers'
 * passwords: {@link #toString()} of the servers leaves them out.
 */
public record EmailTransport(UUID inboxId, WorkspaceId workspace, String address, @Nullable String fromName,
                             @Nullable String replyTo, @Nullable String signature, @Nullable Imap imap,
                             @Nullable Smtp smtp) {

    /** How the connection is protected: TLS from the start, upgraded with STARTTLS, or plain (tests, local relays). */
    public enum Security {
        SSL, STARTTLS, NONE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record Imap(String host, int port, Security security, String username, String password, String folder) {
        @Override
        public String toString() {
            return "Imap[" + username + "@" + host + ":" + port + "/" + folder + ", " + security.id() + "]";
        }
    }

    public record Smtp(String host, int port, Security security, @Nullable String username, @Nullable String password) {
        @Override
        public String toString() {
            return "Smtp[" + (username == null ? "" : username + "@") + host + ":" + port + ", " + security.id() + "]";
        }
    }

    /** The domain of the inbox's address, for the Message-IDs of its replies. */
    public String domain() {
        int at = address.lastIndexOf('@');
        return at < 0 ? "frontline.invalid" : address.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
