package dev.frontline.channels.chat;

import dev.frontline.channels.Channel;
import dev.frontline.channels.Inbox;
import dev.frontline.channels.Inboxes;
import dev.frontline.channels.PublicArticleLinks;
import dev.frontline.conversations.ConversationCommands;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.Message;
import dev.frontline.conversations.MessageId;
import dev.frontline.conversations.MessageReceived;
import dev.frontline.conversations.MessageSent;
import dev.frontline.conversations.Status;
import dev.frontline.knowledge.ArticleLanguage;
import dev.frontline.knowledge.PublicArticles;
import dev.frontline.knowledge.SearchHit;
import dev.frontline.realtime.LiveEvents;
import dev.frontline.shared.Actor;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chat's answer bot, per chat inbox ({@link AnswerBotSettings}). A visitor's first message is searched among the
 * workspace's public articles in the question's language ({@link QuestionLanguage}); with articles above the inbox's
 * threshold the bot answers with up to {@value #ARTICLES} of them and two choices, and holds the conversation
 * ({@code PENDING}, which routing does not offer) while the visitor reads. It all happens in the transaction that
 * stores the visitor's message, so routing, which queues the conversation after that commit, finds it held. Without
 * a confident answer, or when the visitor asks for a person, the conversation is open and routed as any chat; when
 * they say it answered their question it is resolved by the bot. A visitor silent for the inbox's timeout has the
 * chat closed (resolved, counted apart from the bot's resolutions); writing again reaches a person.
 * The bot's messages are stored with the {@code BOT} author and shown to the visitor's sockets through the live
 * signal {@value #SIGNAL} (they are no staff response, so no {@code MessageSent}).
 */
@Component
class AnswerBot {

    static final String SIGNAL = "chat_bot.message";
    static final int ARTICLES = 3;
    private static final int SWEEP_BATCH = 100;

    /** What a visitor can answer the bot's articles with. */
    enum Choice { ANSWERED, PERSON }

    private final Inboxes inboxes;
    private final ConversationQueries conversations;
    private final ConversationCommands commands;
    private final PublicArticles articles;
    private final BotSessions sessions;
    private final BotVotes votes;
    private final PublicArticleLinks links;
    private final LiveEvents live;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AnswerBot(Inboxes inboxes, ConversationQueries conversations, ConversationCommands commands, PublicArticles articles,
              BotSessions sessions, BotVotes votes, PublicArticleLinks links, LiveEvents live,
              PlatformTransactionManager transactionManager, Clock clock) {
        this.inboxes = inboxes;
        this.conversations = conversations;
        this.commands = commands;
        this.articles = articles;
        this.sessions = sessions;
        this.votes = votes;
        this.links = links;
        this.live = live;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** In the transaction storing the visitor's message (the inbox comes from the per-node cache: cheap without a bot). */
    @EventListener
    void on(MessageReceived received) {
        if (received.automated()) {
            return;
        }
        Inbox inbox = inboxes.get(received.workspaceId(), received.inboxId());
        if (inbox.channel() != Channel.CHAT) {
            return;
        }
        AnswerBotSettings.AnswerBot bot = AnswerBotSettings.of(inbox.settings());
        WorkspaceId workspace = received.workspaceId();
        UUID conversationId = received.conversationId().value();
        BotSessions.Session session = sessions.find(workspace, conversationId).orElse(null);
        if (session != null && session.state() != BotSessions.State.HANDLING) {
            return;
        }
        Instant now = clock.instant();
        if (!bot.enabled()) {
            // Switched off while it handled this chat: the visitor's message has opened it for people.
            if (session != null) {
                sessions.end(workspace, conversationId, BotSessions.State.HANDED_OFF, now);
            }
            return;
        }
        ConversationView conversation = conversations.get(workspace, received.conversationId());
        if (session == null && !startedBy(conversation, received)) {
            return;
        }
        String question = conversations.message(workspace, received.messageId()).map(Message::text).orElse(null);
        ArticleLanguage language = QuestionLanguage.of(question == null ? "" : question);
        List<SearchHit> confident = question == null ? List.of()
                : articles.search(workspace, question, language, ARTICLES).stream()
                        .filter(hit -> hit.score() >= bot.minScore()).toList();
        if (confident.isEmpty()) {
            say(workspace, conversation, language, CustomerTexts.format(language.tag(), "bot.noAnswer"), Map.of("kind", "handoff"));
            if (session == null) {
                sessions.noAnswer(workspace, conversationId, conversation.inboxId(), language.tag(), now);
            } else {
                sessions.end(workspace, conversationId, BotSessions.State.HANDED_OFF, now);
            }
            return;
        }
        answer(workspace, conversation, language, confident);
        sessions.handling(workspace, conversationId, conversation.inboxId(), language.tag(),
                confident.stream().map(SearchHit::id).toList(), now, now.plus(bot.timeout()));
        commands.changeStatusByBot(workspace, received.conversationId(), Status.PENDING);
    }

    /** An agent who writes takes over: the bot steps back (and its timeout no longer applies). */
    @EventListener
    void on(MessageSent sent) {
        if (sent.author().type() == Actor.Type.AGENT
                && inboxes.get(sent.workspaceId(), sent.inboxId()).channel() == Channel.CHAT) {
            sessions.end(sent.workspaceId(), sent.conversationId().value(), BotSessions.State.HANDED_OFF, clock.instant());
        }
    }

    /**
     * The visitor answered the bot's articles: they answered the question (resolved by the bot, a helpful vote for
     * each article offered) or the visitor wants a person (open, routed). 422 once the bot no longer handles the chat.
     */
    @Transactional
    public void chose(WorkspaceId workspace, UUID conversationId, Choice choice) {
        BotSessions.Session session = sessions.find(workspace, conversationId)
                .filter(found -> found.state() == BotSessions.State.HANDLING)
                .orElseThrow(() -> new UnprocessableException("The bot is no longer handling this chat."));
        Instant now = clock.instant();
        BotSessions.State outcome = choice == Choice.ANSWERED ? BotSessions.State.RESOLVED : BotSessions.State.HANDED_OFF;
        if (!sessions.end(workspace, conversationId, outcome, now)) {
            throw new UnprocessableException("The bot is no longer handling this chat.");
        }
        ConversationView conversation = conversations.get(workspace, new ConversationId(conversationId));
        ArticleLanguage language = ArticleLanguage.of("language", session.language());
        if (choice == Choice.ANSWERED) {
            votes.helped(workspace, conversationId, session.articles(), now);
            say(workspace, conversation, language, CustomerTexts.format(language.tag(), "bot.resolved"), Map.of("kind", "resolved"));
            commands.changeStatusByBot(workspace, new ConversationId(conversationId), Status.RESOLVED);
        } else {
            say(workspace, conversation, language, CustomerTexts.format(language.tag(), "bot.handingOff"), Map.of("kind", "handoff"));
            commands.changeStatusByBot(workspace, new ConversationId(conversationId), Status.OPEN);
        }
    }

    /**
     * Closes the chats whose visitor did not answer the bot in time. Each is ended by one conditional update in its
     * own transaction, so nodes sweeping at once, or a visitor answering meanwhile, end it once.
     */
    @Scheduled(fixedDelayString = "${frontline.chat.answer-bot.sweep-interval:PT30S}")
    void closeSilentChats() {
        for (BotSessions.Session overdue : sessions.overdue(clock.instant(), SWEEP_BATCH)) {
            transactions.executeWithoutResult(status -> timeOut(overdue));
        }
    }

    private void timeOut(BotSessions.Session overdue) {
        WorkspaceId workspace = overdue.workspace();
        if (!sessions.end(workspace, overdue.conversationId(), BotSessions.State.TIMED_OUT, clock.instant())) {
            return;
        }
        ConversationView conversation;
        try {
            conversation = conversations.get(workspace, new ConversationId(overdue.conversationId()));
        } catch (NotFoundException gone) {
            return;
        }
        // Someone took the chat up meanwhile (from the pending view): it is theirs, not the bot's to close.
        if (conversation.status() != Status.PENDING || conversation.assigneeId() != null) {
            return;
        }
        long minutes = AnswerBotSettings.of(inboxes.get(workspace, conversation.inboxId()).settings()).timeout().toMinutes();
        ArticleLanguage language = ArticleLanguage.of("language", overdue.language());
        say(workspace, conversation, language, CustomerTexts.format(language.tag(), "bot.timedOut", minutes), Map.of("kind", "closed"));
        commands.changeStatusByBot(workspace, new ConversationId(overdue.conversationId()), Status.RESOLVED);
    }

    /** The first message of a conversation this very message started, nobody having touched it. */
    private static boolean startedBy(ConversationView conversation, MessageReceived received) {
        return received.receivedAt() != null && received.receivedAt().equals(conversation.createdAt())
                && conversation.assigneeId() == null && conversation.firstResponseAt() == null;
    }

    private void answer(WorkspaceId workspace, ConversationView conversation, ArticleLanguage language, List<SearchHit> hits) {
        String base = links.base(workspace).orElse(null);
        StringBuilder text = new StringBuilder(CustomerTexts.format(language.tag(), "bot.answer"));
        List<Map<String, Object>> offered = new ArrayList<>();
        for (SearchHit hit : hits) {
            String url = base == null ? null : base + hit.language() + "/articles/" + hit.id();
            text.append("\n\n").append(hit.title()).append(url == null ? "" : "\n" + url);
            Map<String, Object> article = new LinkedHashMap<>();
            article.put("id", hit.id().toString());
            article.put("title", hit.title());
            article.put("snippet", plain(hit.snippet()));
            article.put("url", url);
            offered.add(article);
        }
        say(workspace, conversation, language, text.toString(), Map.of("kind", "answer", "articles", offered,
                "choices", List.of(
                        Map.of("choice", "answered", "label", CustomerTexts.format(language.tag(), "bot.answered")),
                        Map.of("choice", "person", "label", CustomerTexts.format(language.tag(), "bot.person")))));
    }

    /** Stores the bot's message and, once committed, shows it on the visitor's sockets on every node. */
    private void say(WorkspaceId workspace, ConversationView conversation, ArticleLanguage language, String text,
                     Map<String, Object> details) {
        Map<String, Object> bot = new LinkedHashMap<>(details);
        bot.put("language", language.tag());
        MessageId message = commands.botMessage(workspace, new ConversationId(conversation.id()), text, Map.of("bot", bot));
        Map<String, Object> signal = Map.of("conversationId", conversation.id(), "contactId", conversation.contactId(),
                "inboxId", conversation.inboxId(), "messageId", message.value());
        // The live stream holds what a transaction sends until it commits, so this is shown once stored.
        live.signal(workspace, SIGNAL, signal);
    }

    /** The search's snippet is HTML-escaped text with {@code <mark>}s; the widget shows text. */
    static String plain(@Nullable String snippet) {
        return snippet == null ? "" : snippet.replace("<mark>", "").replace("</mark>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
