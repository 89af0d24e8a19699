package dev.frontline.demo;

import dev.frontline.cannedresponses.CannedResponses;
import dev.frontline.channels.Channel;
import dev.frontline.channels.Inbox;
import dev.frontline.channels.Inboxes;
import dev.frontline.contacts.Contact;
import dev.frontline.contacts.ContactDetails;
import dev.frontline.contacts.Contacts;
import dev.frontline.contacts.Identity;
import dev.frontline.contacts.IdentityKind;
import dev.frontline.identity.WorkspaceSetup;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.workforce.StarterWorkRules;
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
    private final CannedResponses cannedResponses;
    private final DemoWorkflows workflows;
    private final StarterWorkRules workRules;
    private final String adminEmail;
    private final String adminPassword;
    private final Environment environment;

    DemoWorkspace(WorkspaceSetup workspaces, DemoStaff staff, Inboxes inboxes, Contacts contacts,
                  DemoConversations conversations, CannedResponses cannedResponses, DemoWorkflows workflows, StarterWorkRules workRules, @Value("${frontline.admin.email}") String adminEmail,
                  @Value("${frontline.admin.password}") String adminPassword, Environment environment) {
        this.workspaces = workspaces;
        this.staff = staff;
        this.inboxes = inboxes;
        this.contacts = contacts;
        this.conversations = conversations;
        this.cannedResponses = cannedResponses;
        this.workflows = workflows;
        this.workRules = workRules;
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
        createCannedResponses(new Caller(workspace.workspaceId(), team.supervisor(), Role.SUPERVISOR));
        workflows.create(new Caller(workspace.workspaceId(), team.supervisor(), Role.SUPERVISOR));
        workRules.create(new Caller(workspace.workspaceId(), team.supervisor(), Role.SUPERVISOR), team.agents());
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
                case INSTAGRAM -> "Instagram Direct";
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

    private void createCannedResponses(Caller supervisor) {
        cannedResponses.create(supervisor, "hello", "Greeting",
                "Hi {{contact.name}}, thanks for contacting us! My name is {{agent.name}}. How can I help?", true);
        cannedResponses.create(supervisor, "refund", "Refund issued",
                "Hi {{contact.name}}, your refund has been issued today. It takes 3-5 business days to appear.", true);
        cannedResponses.create(supervisor, "bye", "Closing",
                "Is there anything else I can help with? Have a great day!", true);
        cannedResponses.create(supervisor, "zh-hello", "问候（简体）",
                "{{contact.name}}您好，感谢您联系我们！我是{{agent.name}}，请问有什么可以帮您？", true);
        cannedResponses.create(supervisor, "zh-refund", "退款已处理",
                "{{contact.name}}您好，退款已于今天发出，预计3-5个工作日到账。", true);
        cannedResponses.create(supervisor, "ko-hello", "인사",
                "{{contact.name}}님, 안녕하세요! 상담원 {{agent.name}}입니다. 무엇을 도와드릴까요?", true);
        cannedResponses.create(supervisor, "ko-refund", "환불 완료",
                "{{contact.name}}님, 오늘 환불 처리되었습니다. 영업일 기준 3-5일 내 입금됩니다.", true);
    }

    private static String generatePassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
