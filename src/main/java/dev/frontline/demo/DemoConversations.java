package dev.frontline.demo;

import dev.frontline.channels.Channel;
import dev.frontline.channels.Inbox;
import dev.frontline.contacts.Contact;
import dev.frontline.conversations.ConversationChanges;
import dev.frontline.conversations.ConversationCommands;
import dev.frontline.conversations.HistoryImport;
import dev.frontline.conversations.Inbound;
import dev.frontline.conversations.Priority;
import dev.frontline.conversations.Status;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;

/** About a hundred conversations over the last thirty days, in each customer's language. */
@Component
class DemoConversations {

    private record Script(String subject, String question, String answer, String tag) {
    }

    private static final List<Script> ENGLISH = List.of(
            new Script("Refund not received", "I returned my order two weeks ago and still have no refund.",
                    "Sorry for the wait! The refund was issued today; it takes 3-5 business days to appear.", "refund"),
            new Script("Cannot log in", "The app keeps saying my password is wrong, even after a reset.",
                    "I have cleared the lock on your account. Please try the reset link again.", "login"),
            new Script("Delivery late", "My parcel was due on Monday and tracking has not moved.",
                    "The carrier confirmed a delay at the hub; it is out for delivery tomorrow.", "shipping"),
            new Script("Invoice question", "Could you send me a copy of last month's invoice?",
                    "Of course, I have attached it to this conversation.", "billing"),
            new Script("Upgrade plan", "We want to move our team to the enterprise plan.",
                    "Great! I have asked our account team to send you a quote today.", "sales"));
    private static final List<Script> SIMPLIFIED = List.of(
            new Script("退款还没到账", "我两周前退货了，到现在还没有收到退款。", "抱歉让您久等了！退款已于今天发出，预计3-5个工作日到账。", "refund"),
            new Script("无法登录", "重置密码以后，应用还是提示密码错误。", "我已经解除了您账户的锁定，请再试一次重置链接。", "login"),
            new Script("快递延误", "包裹本来周一就该到，物流信息一直没有更新。", "快递公司确认在中转站有延误，明天会派送。", "shipping"),
            new Script("发票问题", "请问能发一份上个月的发票给我吗？", "当然可以，发票已附在本会话中。", "billing"));
    private static final List<Script> TRADITIONAL = List.of(
            new Script("退款尚未入帳", "我兩週前退貨了，到現在還沒有收到退款。", "抱歉讓您久等了！退款已於今天發出，約3-5個工作天入帳。", "refund"),
            new Script("無法登入", "重設密碼之後，App 還是顯示密碼錯誤。", "我已解除您帳戶的鎖定，請再試一次重設連結。", "login"),
            new Script("包裹延誤", "包裹原定週一送達，物流狀態一直沒有更新。", "物流公司確認轉運站有延誤，明天會配送。", "shipping"),
            new Script("帳單問題", "可以寄一份上個月的帳單給我嗎？", "當然可以，帳單已附在這個對話中。", "billing"));
    private static final List<Script> KOREAN = List.of(
            new Script("환불 미입금", "2주 전에 반품했는데 아직 환불을 받지 못했습니다.", "기다리게 해서 죄송합니다! 오늘 환불 처리되었으며 영업일 기준 3-5일 내 입금됩니다.", "refund"),
            new Script("로그인 불가", "비밀번호를 재설정했는데도 계속 비밀번호가 틀리다고 나옵니다.", "계정 잠금을 해제했습니다. 재설정 링크로 다시 시도해 주세요.", "login"),
            new Script("배송 지연", "월요일 도착 예정이던 택배가 조회되지 않습니다.", "택배사 확인 결과 허브에서 지연되어 내일 배송될 예정입니다.", "shipping"),
            new Script("요금제 변경", "팀 전체를 엔터프라이즈 요금제로 변경하고 싶습니다.", "감사합니다! 담당 영업팀에서 오늘 견적을 보내드릴 예정입니다.", "sales"));

    private final Inbound inbound;
    private final ConversationCommands commands;
    private final HistoryImport history;

    DemoConversations(Inbound inbound, ConversationCommands commands, HistoryImport history) {
        this.inbound = inbound;
        this.commands = commands;
        this.history = history;
    }

    /** What the telephony integration reports about a call; the message text is the call summary. */
    private static Map<String, Object> callRecord(int i, Random random) {
        return Map.of("call", Map.of("direction", "INBOUND", "durationSeconds", 60 + random.nextInt(900),
                "waitSeconds", random.nextInt(120), "recordingUrl", "https://recordings.example.com/demo-" + i + ".mp3"));
    }

    int create(WorkspaceId workspace, DemoStaff.Roster roster, List<Inbox> inboxes, List<Contact> customers) {
        Random random = new Random(42);
        Caller supervisor = new Caller(workspace, roster.supervisor(), Role.SUPERVISOR);
        int count = 100;
        for (int i = 0; i < count; i++) {
            Contact customer = customers.get(i % customers.size());
            // A distinct (customer, inbox) pair per conversation, so no message continues an earlier one.
            Inbox inbox = inboxes.get((i / customers.size() + i) % inboxes.size());
            List<Script> scripts = switch (String.valueOf(customer.language())) {
                case "zh-CN" -> SIMPLIFIED;
                case "zh-TW" -> TRADITIONAL;
                case "ko" -> KOREAN;
                default -> ENGLISH;
            };
            Script script = scripts.get(random.nextInt(scripts.size()));
            boolean call = inbox.channel() == Channel.VOICE;
            var received = inbound.receive(new Inbound.InboundMessage(workspace, inbox.id(), customer.id().value(),
                    "demo-" + i, script.subject(), script.question(), null, List.of(),
                    call ? callRecord(i, random) : Map.of()));
            UserId agent = roster.agents().get(random.nextInt(roster.agents().size()));
            int outcome = random.nextInt(10);
            if (outcome >= 2) {
                // The agent answers between one minute and four hours after the customer wrote.
                history.shiftBack(workspace, received.conversationId(), Duration.ofMinutes(1 + random.nextInt(240)));
                commands.assign(supervisor, received.conversationId(), agent.value(),
                        roster.teams().get(random.nextInt(roster.teams().size())));
                commands.reply(new Caller(workspace, agent, Role.AGENT), received.conversationId(), script.answer(),
                        null, List.of());
                // The outcome is settled up to ten hours after the reply.
                history.shiftBack(workspace, received.conversationId(), Duration.ofMinutes(5 + random.nextInt(600)));
            }
            Status status = outcome < 2 ? Status.OPEN : outcome < 4 ? Status.PENDING : outcome < 9 ? Status.RESOLVED : Status.CLOSED;
            Priority priority = Priority.values()[random.nextInt(Priority.values().length)];
            commands.update(supervisor, received.conversationId(), new ConversationChanges(
                    status == Status.OPEN ? null : status, null, priority, null, Set.of(script.tag()), null));
            history.shiftBack(workspace, received.conversationId(), Duration.ofMinutes(random.nextInt(29 * 24 * 60)));
        }
        return count;
    }
}
