package dev.frontline.channels.chat;

import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.Inbound;
import dev.frontline.realtime.LiveEvents;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.StorableText;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The widget's socket ({@code /api/v1/widget/socket}), one JSON object per frame. The first frame must be
 * {@code {"type":"auth","token":"…"}} (the token never travels in the URL, where access logs would keep it);
 * a socket that does not authenticate within {@code frontline.chat.auth-timeout} is closed with
 * {@value #AUTH_TIMEOUT_CODE}, a wrong token or a non-auth first frame with {@value #UNAUTHENTICATED_CODE}, a
 * token used from a site the inbox does not allow with {@value #FORBIDDEN_ORIGIN_CODE}.
 * Then in: {@code {"type":"message","id":"<client id>","text":"…"}} (stored once per id; answered with
 * {@code ack}), {@code {"type":"typing","typing":true}}, {@code {"type":"rating","score":5,"comment":"…"}},
 * {@code ping}; each but {@code ping} counts against the visitor's {@link VisitorRateLimit} (over it: an
 * {@code error} frame and nothing stored; kept up: closed with {@value #TOO_MANY_CODE}).
 * Out: {@code history} once authenticated, {@code message} (visitor's and agents' messages, never notes),
 * {@code typing} (an agent), {@code status} (the conversation was resolved, reopened…), {@code ack},
 * {@code error}; events reach the socket through {@link WidgetEventForwarder}.
 */
@Component
class WidgetSocket extends TextWebSocketHandler implements DisposableBean {

    static final String ORIGIN = "origin";
    static final String APP_ORIGIN = "appOrigin";
    static final int UNAUTHENTICATED_CODE = 4401;
    static final int FORBIDDEN_ORIGIN_CODE = 4403;
    static final int AUTH_TIMEOUT_CODE = 4408;
    static final int TOO_MANY_CODE = 4429;
    private static final CloseStatus UNKNOWN_TOKEN = new CloseStatus(UNAUTHENTICATED_CODE, "Unknown visitor token.");
    private static final CloseStatus AUTHENTICATE_FIRST = new CloseStatus(UNAUTHENTICATED_CODE,
            "The first frame must be {\"type\":\"auth\",\"token\":\"...\"}.");
    private static final CloseStatus FORBIDDEN_ORIGIN = new CloseStatus(FORBIDDEN_ORIGIN_CODE,
            "This site may not open the chat of this inbox.");
    private static final CloseStatus AUTH_TIMEOUT = new CloseStatus(AUTH_TIMEOUT_CODE, "Not authenticated in time.");
    private static final CloseStatus TOO_MANY = new CloseStatus(TOO_MANY_CODE, "Too many messages.");
    private static final String OUTGOING = "outgoing";
    private static final String CONNECTION = "connection";
    private static final String AUTH_DEADLINE = "authDeadline";
    private static final int MAX_TEXT = 10_000;

    private final WidgetVisitors visitors;
    private final ConnectedVisitors connected;
    private final VisitorRateLimit rateLimit;
    private final VisitorEchoes echoes;
    private final AnswerBot bot;
    private final LiveEvents live;
    private final JsonMapper json;
    private final Duration authTimeout;
    private final ScheduledThreadPoolExecutor deadlines = new ScheduledThreadPoolExecutor(1,
            Thread.ofPlatform().daemon().name("widget-auth-deadline").factory());

    WidgetSocket(WidgetVisitors visitors, ConnectedVisitors connected, VisitorRateLimit rateLimit, VisitorEchoes echoes,
                 AnswerBot bot, LiveEvents live, JsonMapper json, @Value("${frontline.chat.auth-timeout:PT5S}") Duration authTimeout) {
        this.visitors = visitors;
        this.connected = connected;
        this.rateLimit = rateLimit;
        this.echoes = echoes;
        this.bot = bot;
        this.live = live;
        this.json = json;
        this.authTimeout = authTimeout;
        deadlines.setRemoveOnCancelPolicy(true);
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession raw) {
        WebSocketSession outgoing = new ConcurrentWebSocketSessionDecorator(raw, 10_000, 512 * 1024);
        raw.getAttributes().put(OUTGOING, outgoing);
        raw.getAttributes().put(AUTH_DEADLINE, deadlines.schedule(() -> {
            if (!raw.getAttributes().containsKey(CONNECTION)) {
                close(outgoing, AUTH_TIMEOUT);
            }
        }, authTimeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession raw, CloseStatus status) {
        if (raw.getAttributes().get(AUTH_DEADLINE) instanceof ScheduledFuture<?> deadline) {
            deadline.cancel(false);
        }
        if (raw.getAttributes().get(CONNECTION) instanceof VisitorConnection connection) {
            connected.remove(connection);
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession raw, TextMessage frame) {
        WebSocketSession outgoing = (WebSocketSession) raw.getAttributes().get(OUTGOING);
        VisitorConnection connection = (VisitorConnection) raw.getAttributes().get(CONNECTION);
        JsonNode in;
        try {
            in = json.readTree(frame.getPayload());
        } catch (RuntimeException notJson) {
            if (connection == null) {
                close(outgoing, AUTHENTICATE_FIRST);
            } else {
                error(connection, null, "Send one JSON object per frame.");
            }
            return;
        }
        String type = text(in, "type");
        if (connection == null) {
            authenticate(raw, outgoing, "auth".equals(type) ? text(in, "token") : null);
            return;
        }
        if ("ping".equals(type)) {
            connection.send(Map.of("type", "pong"));
            return;
        }
        switch (rateLimit.take(connection.visitor().id())) {
            case ABUSIVE -> {
                connection.close(TOO_MANY);
                return;
            }
            case REFUSED -> {
                error(connection, text(in, "id"), "Too many messages: at most " + rateLimit.perSecond()
                        + " per second. This one was not stored; send it again in a moment.");
                return;
            }
            case ALLOWED -> {
            }
        }
        try {
            switch (type == null ? "" : type) {
                case "message" -> receive(connection, in);
                case "typing" -> typing(connection, in.path("typing").asBoolean(false));
                case "rating" -> {
                    visitors.rate(connection.visitor(), connection.contactId(), in.path("score").asInt(0), text(in, "comment"));
                    connection.send(Map.of("type", "rated"));
                }
                case "bot" -> answerBot(connection, text(in, "choice"));
                case "auth" -> error(connection, null, "Already authenticated.");
                default -> error(connection, null, "Unknown frame type.");
            }
        } catch (RuntimeException rejected) {
            error(connection, text(in, "id"), rejected.getMessage() == null ? "Rejected." : rejected.getMessage());
        }
    }

    /** Admits the socket for the token's visitor if the page's origin may use the token's inbox, else closes it. */
    private void authenticate(WebSocketSession raw, WebSocketSession outgoing, @Nullable String token) {
        if (token == null) {
            close(outgoing, AUTHENTICATE_FIRST);
            return;
        }
        WidgetVisitors.Visitor visitor = visitors.byToken(token).orElse(null);
        if (visitor == null) {
            close(outgoing, UNKNOWN_TOKEN);
            return;
        }
        ChatInbox inbox;
        try {
            inbox = visitors.inbox(visitor.inboxId());
        } catch (NotFoundException noLongerAChatInbox) {
            close(outgoing, UNKNOWN_TOKEN);
            return;
        }
        if (!inbox.allows((String) raw.getAttributes().get(ORIGIN), (String) raw.getAttributes().get(APP_ORIGIN))) {
            close(outgoing, FORBIDDEN_ORIGIN);
            return;
        }
        UUID contactId = visitors.contactOf(visitor, null, null);
        VisitorConnection connection = new VisitorConnection(outgoing, visitor, contactId, null, json);
        raw.getAttributes().put(CONNECTION, connection);
        // History goes through the contact's outbox, so events committed from now on follow it in order.
        connected.add(connection).submit(() -> connection.send(history(connection)));
    }

    private Map<String, Object> history(VisitorConnection connection) {
        Optional<ConversationView> current = visitors.currentConversation(connection.visitor(), connection.contactId());
        Map<String, Object> history = new HashMap<>();
        history.put("type", "history");
        history.put("conversation", current.map(c -> Map.of("id", c.id(), "status", c.status())).orElse(null));
        history.put("messages", current.map(c -> visitors.history(connection.visitor().workspace(), c.id()))
                .orElse(List.of()));
        return history;
    }

    private void receive(VisitorConnection connection, JsonNode in) {
        String id = text(in, "id");
        String text = text(in, "text");
        if (id == null || id.isBlank() || id.length() > 100 || !id.matches("[A-Za-z0-9_-]+")) {
            error(connection, id, "A message needs an id of letters, digits, - and _ (at most 100).");
            return;
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            error(connection, id, "A message needs a text of at most " + MAX_TEXT + " characters.");
            return;
        }
        echoes.expect(WidgetVisitors.externalId(connection.visitor(), id), new VisitorEchoes.Echo(id, text));
        Inbound.Received received = visitors.receive(connection.visitor(), id, text, connection.language());
        connection.send(Map.of("type", "ack", "id", id, "messageId", received.messageId().value(),
                "conversationId", received.conversationId().value(), "duplicate", received.duplicate()));
    }

    /** The visitor's answer to the bot's articles: {@code answered} or {@code person}. */
    private void answerBot(VisitorConnection connection, @Nullable String choice) {
        AnswerBot.Choice chosen = "answered".equals(choice) ? AnswerBot.Choice.ANSWERED
                : "person".equals(choice) ? AnswerBot.Choice.PERSON : null;
        if (chosen == null) {
            error(connection, null, "A bot frame needs a choice: answered or person.");
            return;
        }
        ConversationView conversation = visitors.currentConversation(connection.visitor(), connection.contactId())
                .orElseThrow(() -> new NotFoundException("Conversation", connection.visitor().id()));
        bot.chose(connection.visitor().workspace(), conversation.id(), chosen);
    }

    private void typing(VisitorConnection connection, boolean typing) {
        visitors.currentConversation(connection.visitor(), connection.contactId()).ifPresent(conversation ->
                live.signal(connection.visitor().workspace(), "conversation.typing", Map.of(
                        "conversationId", conversation.id(), "typing", typing, "by", "contact",
                        "contactId", connection.contactId(), "inboxId", conversation.inboxId())));
    }

    private void error(VisitorConnection connection, @Nullable String id, String detail) {
        Map<String, Object> out = new HashMap<>();
        out.put("type", "error");
        out.put("id", id);
        out.put("detail", detail);
        connection.send(out);
    }

    private static void close(WebSocketSession session, CloseStatus status) {
        try {
            session.close(status);
        } catch (Exception alreadyGone) {
            // the container reports the closed socket either way
        }
    }

    /** A frame's text, storable as read (a tree bypasses the mapper's string reading), so the echo is what is stored. */
    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : StorableText.of(value.asString());
    }

    @Override
    public void destroy() {
        deadlines.shutdownNow();
    }
}
