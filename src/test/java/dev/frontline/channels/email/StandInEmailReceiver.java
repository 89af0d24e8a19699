package dev.frontline.channels.email;

import dev.frontline.channels.InboundDelivery;
import dev.frontline.contacts.IdentityKind;
import dev.frontline.shared.WorkspaceId;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A minimal receiver for the transport tests until the MIME pipeline's receiver is merged (the same branch
 * of issue 7 builds it): sender, subject, Message-ID and plain text, stored once by Message-ID.
 */
@TestConfiguration
class StandInEmailReceiver {

    @Bean
    EmailReceiver standInEmailReceiver(InboundDelivery inbound, JdbcClient jdbc) {
        return (inboxId, rfc822, source) -> {
            try {
                MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(rfc822));
                InternetAddress from = (InternetAddress) mail.getFrom()[0];
                WorkspaceId workspace = new WorkspaceId(jdbc.sql("select workspace_id from inboxes where id = ?")
                        .param(inboxId).query(UUID.class).single());
                var received = inbound.deliver(workspace, inboxId, new InboundDelivery.Delivery(
                        new InboundDelivery.Sender(IdentityKind.EMAIL, from.getAddress(), from.getPersonal(), null),
                        mail.getMessageID(), mail.getSubject(), String.valueOf(mail.getContent()), null, List.of()));
                return new EmailReceipt(received.conversationId().value(), received.messageId().value(),
                        received.duplicate(), "message");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
