package dev.frontline.demo;

import dev.frontline.cannedresponses.CannedResponse;
import dev.frontline.cannedresponses.CannedResponses;
import dev.frontline.conversations.Priority;
import dev.frontline.knowledge.ArticleLanguage;
import dev.frontline.routing.RoutingQueue;
import dev.frontline.routing.RoutingSettings;
import dev.frontline.shared.Caller;
import dev.frontline.workflows.WorkflowDefinition;
import dev.frontline.workflows.WorkflowDefinition.Action;
import dev.frontline.workflows.WorkflowDefinition.ActionType;
import dev.frontline.workflows.WorkflowDefinition.Answer;
import dev.frontline.workflows.WorkflowDefinition.Step;
import dev.frontline.workflows.WorkflowStatus;
import dev.frontline.workflows.Workflows;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** "Internet not working", a published troubleshooting workflow in English, simplified Chinese and Korean. */
@Component
class DemoWorkflows {

    /** One language's wording of the same tree. */
    private record Texts(ArticleLanguage language, String name, String lights, String lightsBody, String lightsQuestion,
                         String yes, String no, String power, String powerBody, String restart, String restartBody,
                         String restartQuestion, String fixed, String escalate, String escalateBody) {
    }

    private static final List<Texts> LANGUAGES = List.of(
            new Texts(ArticleLanguage.EN, "Internet not working", "Check the router lights",
                    "<p>Ask the customer to look at the front of the router: the <b>power</b> and <b>internet</b> lights.</p>",
                    "Are the lights on?", "Yes", "No", "No power",
                    "<p>Ask the customer to check the plug and the power switch at the back of the router.</p>",
                    "Restart the router", "<ol><li>Unplug the router.</li><li>Wait 30 seconds.</li><li>Plug it back in and wait two minutes.</li></ol>",
                    "Is the connection back?", "Fixed by a restart", "Escalate to the network team",
                    "<p>Line fault likely: the conversation goes to the queue with a note.</p>"),
            new Texts(ArticleLanguage.ZH_HANS, "网络无法连接", "检查路由器指示灯",
                    "<p>请客户查看路由器正面的<b>电源</b>和<b>网络</b>指示灯。</p>",
                    "指示灯亮着吗？", "亮", "不亮", "没有通电",
                    "<p>请客户检查路由器背面的插头和电源开关。</p>",
                    "重启路由器", "<ol><li>拔下路由器电源。</li><li>等待 30 秒。</li><li>重新插上并等待两分钟。</li></ol>",
                    "网络恢复了吗？", "重启后恢复", "升级给网络团队", "<p>可能是线路故障：会话将转入队列并附上备注。</p>"),
            new Texts(ArticleLanguage.KO, "인터넷 연결 안 됨", "공유기 표시등 확인",
                    "<p>고객에게 공유기 앞면의 <b>전원</b> 및 <b>인터넷</b> 표시등을 확인해 달라고 요청하세요.</p>",
                    "표시등이 켜져 있나요?", "예", "아니요", "전원 문제",
                    "<p>공유기 뒷면의 플러그와 전원 스위치를 확인해 달라고 요청하세요.</p>",
                    "공유기 재시작", "<ol><li>공유기 전원을 뽑습니다.</li><li>30초 기다립니다.</li><li>다시 꽂고 2분 기다립니다.</li></ol>",
                    "연결이 복구되었나요?", "재시작으로 해결", "네트워크 팀으로 이관", "<p>회선 장애 가능성: 메모와 함께 대기열로 넘깁니다.</p>"));

    private final Workflows workflows;
    private final RoutingSettings routing;
    private final CannedResponses cannedResponses;

    DemoWorkflows(Workflows workflows, RoutingSettings routing, CannedResponses cannedResponses) {
        this.workflows = workflows;
        this.routing = routing;
        this.cannedResponses = cannedResponses;
    }

    void create(Caller supervisor) {
        UUID defaultQueue = routing.queues(supervisor).stream().filter(RoutingQueue::isDefault).findFirst()
                .orElseThrow().id();
        UUID closing = cannedResponses.list(supervisor, "bye").stream().filter(CannedResponse::shared)
                .map(CannedResponse::id).findFirst().orElse(null);
        for (Texts texts : LANGUAGES) {
            UUID id = workflows.create(supervisor, texts.name(), texts.language(),
                    definition(texts, defaultQueue, texts.language() == ArticleLanguage.EN ? closing : null)).id();
            workflows.changeStatus(supervisor, id, WorkflowStatus.PUBLISHED);
        }
    }

    private static WorkflowDefinition definition(Texts t, UUID queue, @Nullable UUID closingReply) {
        List<Action> fixedActions = new ArrayList<>(List.of(tags("restart-fixed")));
        if (closingReply != null) {
            fixedActions.add(new Action(ActionType.CANNED_REPLY, null, null, null, closingReply, null));
        }
        return new WorkflowDefinition("lights", List.of(
                new Step("lights", t.lights(), t.lightsBody(), t.lightsQuestion(),
                        List.of(new Answer("on", t.yes(), "restart"), new Answer("off", t.no(), "power")), List.of()),
                new Step("power", t.power(), t.powerBody(), null, List.of(), List.of(tags("no-power"))),
                new Step("restart", t.restart(), t.restartBody(), t.restartQuestion(),
                        List.of(new Answer("back", t.yes(), "fixed"), new Answer("still-down", t.no(), "escalate")), List.of()),
                new Step("fixed", t.fixed(), "", null, List.of(), fixedActions),
                new Step("escalate", t.escalate(), t.escalateBody(), null, List.of(), List.of(
                        tags("line-fault"), new Action(ActionType.PRIORITY, null, null, Priority.HIGH, null, null),
                        new Action(ActionType.ESCALATE, null, null, null, null, queue)))));
    }

    private static Action tags(String tag) {
        return new Action(ActionType.TAGS, null, List.of("internet", tag), null, null, null);
    }
}
