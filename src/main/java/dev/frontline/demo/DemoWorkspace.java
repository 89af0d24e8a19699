package dev.frontline.demo;

import dev.frontline.channels.Channel;
import dev.frontline.channels.Inbox;
import dev.frontline.channels.Inboxes;
import dev.frontline.contacts.Contact;
import dev.frontline.contacts.ContactDetails;
import dev.frontline.contacts.Contacts;
import dev.frontline.contacts.Identity;
import dev.frontline.contacts.IdentityKind;
import dev.frontline.identity.WorkspaceSetup;
import dev.frontline.shared.WorkspaceId;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On the first start (no workspace yet) creates the demo workspace and prints how to sign in. The
 * admin login comes from FRONTLINE_ADMIN_EMAIL / FRONTLINE_ADMIN_PASSWORD, or is generated.
 */
@Component
@ConditionalOnProperty(name = "frontline.demo.enabled", havingValue = "true")
class DemoWorkspace implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkspace.class);

    private final WorkspaceSetup workspaces;
    private final DemoStaff staff;
    private final Inboxes inboxes;
    private final Contacts contacts;
    private final DemoConversations conversations;
    private final String adminEmail;
    private final String adminPassword;
    private final Environment environment;

    DemoWorkspace(WorkspaceSetup workspaces, DemoStaff staff, Inboxes inboxes, Contacts contacts,
                  DemoConversations conversations, @Value("${frontline.admin.email}") String adminEmail,
                  @Value("${frontline.admin.password}") String adminPassword, Environment environment) {
        this.workspaces = workspaces;
        this.staff = staff;
        this.inboxes = inboxes;
        this.contacts = contacts;
        this.conversations = conversations;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (workspaces.anyExists()) {
            return;
        }
        String email = adminEmail.isBlank() ? "admin@frontline.local" : adminEmail;
        boolean generated = adminPassword.isBlank();
        String password = generated ? generatePassword() : adminPassword;
        Summary demo = seed(email, password);
        log.info("""

                ================================================================
                 Frontline is ready at http://localhost:{}
                 Demo workspace: {} customers, {} conversations
                 Sign in as:  {}
                 Password:    {}
                ================================================================""",
                environment.getProperty("local.server.port", "8080"),
                demo.customers(), demo.conversations(), email, generated ? password : "(FRONTLINE_ADMIN_PASSWORD)");
    }

    record Summary(WorkspaceId workspace, int customers, int conversations) {
    }

    Summary seed(String email, String password) {
        var workspace = workspaces.create("Frontline Demo", email, "Demo Admin", password);
        var team = staff.create(workspace, email.substring(email.indexOf('@') + 1));
        List<Inbox> channelInboxes = createInboxes(workspace.workspaceId());
        List<Contact> customers = createCustomers(workspace.workspaceId());
        int created = conversations.create(workspace.workspaceId(), team, channelInboxes, customers);
        return new Summary(workspace.workspaceId(), customers.size(), created);
    }

    private List<Inbox> createInboxes(WorkspaceId workspace) {
        List<Inbox> created = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            String name = switch (channel) {
                case CHAT -> "Website chat";
                case EMAIL -> "support@example.com";
                case SMS -> "SMS +1 555 0100";
                case WHATSAPP -> "WhatsApp Business";
                case MESSENGER -> "Facebook Messenger";
                case VOICE -> "Support hotline";
                case API -> "Mobile app (API)";
            };
            created.add(inboxes.create(workspace, name, channel, Map.of()));
        }
        return created;
    }

    private List<Contact> createCustomers(WorkspaceId workspace) {
        List<Contact> created = new ArrayList<>();
        List<DemoCustomers.Customer> people = DemoCustomers.all();
        for (int i = 0; i < people.size(); i++) {
            DemoCustomers.Customer person = people.get(i);
            List<Identity> identities = List.of(
                    new Identity(IdentityKind.EMAIL, person.email()),
                    new Identity(IdentityKind.PHONE, "+1555" + String.format("%07d", 1000 + i)),
                    new Identity(IdentityKind.CHAT, "visitor-" + (1000 + i)));
            created.add(contacts.create(workspace, new ContactDetails(person.name(), person.company(), person.language(),
                    person.timezone(), i % 5 == 0 ? "vip" : "standard", java.math.BigDecimal.valueOf(120L * (i + 1)),
                    Map.of("plan", i % 3 == 0 ? "enterprise" : "pro"), null), identities));
        }
        return created;
    }

    private static String generatePassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
