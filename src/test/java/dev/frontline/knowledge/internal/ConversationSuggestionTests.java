package dev.frontline.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.knowledge.SearchHit;
import dev.frontline.knowledge.SearchRequest;
import dev.frontline.shared.WorkspaceId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suggestion quality on sample conversations: what the agent's side panel asks while a conversation is open
 * (frontend/src/features/knowledge/suggestions.ts: the customer's latest three messages, newest first, no language),
 * with the greetings, order numbers and small talk real customers write around their question, in the four
 * languages. An expected article among the first three suggestions counts as a hit.
 */
class ConversationSuggestionTests {

    private static final WorkspaceId WORKSPACE = new WorkspaceId(UUID.fromString("00000000-0000-0000-0000-00000000000b"));

    /** A conversation's customer messages, oldest first, and the articles that answer it. */
    private record Sample(List<String> customerMessages, List<String> expected) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample(List.of("Hi there", "I have been trying to log in all morning",
                    "it says my password is wrong and the reset email never came"), List.of("en-password")),
            new Sample(List.of("Hello, order #48213", "The blender arrived with a cracked jug",
                    "Can I get a replacement or do I need to send it back?"), List.of("en-damaged", "en-refund")),
            new Sample(List.of("hey", "I moved last week, can you ship my order to the new address instead?"),
                    List.of("en-address")),
            new Sample(List.of("Good evening", "Your app keeps saying my card was declined but the bank says it's fine"),
                    List.of("en-card")),
            new Sample(List.of("I got a new phone and the old one is gone", "now the login wants a code from the authenticator"),
                    List.of("en-2fa")),
            new Sample(List.of("你好", "订单号 20261130", "我想申请退款，东西不合适"), List.of("zhs-refund")),
            new Sample(List.of("在吗", "输错几次密码以后账户就被锁了，怎么解锁？"), List.of("zhs-locked", "zhs-password")),
            new Sample(List.of("请问一下", "公司报销需要发票，在哪里可以下载？"), List.of("zhs-invoice")),
            new Sample(List.of("您好", "我的手機遺失了，現在沒辦法收驗證碼登入"), List.of("zht-2fa")),
            new Sample(List.of("收到的商品有損壞", "請問可以退貨或保固維修嗎？"), List.of("zht-damaged")),
            new Sample(List.of("안녕하세요", "비밀번호를 잊어버려서 로그인을 못 하고 있어요"), List.of("ko-password")),
            new Sample(List.of("주문번호 55120 입니다", "구독을 해지하고 싶은데 어떻게 하나요?"), List.of("ko-cancel")),
            new Sample(List.of("카드 결제가 계속 거절돼요", "다른 카드로 해도 안 됩니다"), List.of("ko-card")));

    @TempDir
    static Path directory;

    static RelevanceFixture fixture;
    static ArticleIndex index;

    @BeforeAll
    static void indexTheCorpus() {
        fixture = RelevanceFixture.load(WORKSPACE.value());
        index = fixture.indexIn(directory);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    /** As suggestions.ts builds it: the latest three customer messages, newest first, one per line. */
    private static String sidePanelQuery(List<String> messages) {
        List<String> latest = new ArrayList<>(messages.subList(Math.max(0, messages.size() - 3), messages.size()));
        java.util.Collections.reverse(latest);
        String query = String.join("\n", latest);
        return query.length() > 500 ? query.substring(0, 500) : query;
    }

    @Test
    void theSidePanelSuggestsAnAnsweringArticleAmongTheFirstThreeForAlmostEveryConversation() {
        Map<UUID, String> keys = fixture.articles().entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getValue().id(), Map.Entry::getKey));
        int hits = 0;
        List<String> misses = new ArrayList<>();
        for (Sample sample : SAMPLES) {
            List<String> suggested = index.search(WORKSPACE, new SearchRequest(sidePanelQuery(sample.customerMessages()), null, null, null, 3))
                    .stream().map(SearchHit::id).map(keys::get).toList();
            if (suggested.stream().anyMatch(sample.expected()::contains)) {
                hits++;
            } else {
                misses.add(sample.customerMessages() + " -> " + suggested);
            }
        }
        double hitRate = (double) hits / SAMPLES.size();
        System.out.printf("Conversation suggestions: hit@3 %.3f over %d conversations; misses: %s%n", hitRate, SAMPLES.size(), misses);
        assertThat(hitRate).as("misses: %s", misses).isGreaterThanOrEqualTo(0.85);
    }
}
