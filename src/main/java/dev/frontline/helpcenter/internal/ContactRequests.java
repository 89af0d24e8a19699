package dev.frontline.helpcenter.internal;

import dev.frontline.channels.InboundDelivery;
import dev.frontline.channels.InboundDelivery.Delivery;
import dev.frontline.channels.InboundDelivery.Sender;
import dev.frontline.contacts.IdentityKind;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.Inbound;
import dev.frontline.shared.Ids;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The help center's contact form: the visitor's message becomes a new conversation in the chosen inbox through
 * the channels' inbound path (the contact recognised by their email address), with what the visitor searched
 * for and the article they came from, in the message's {@code metadata.helpCenter} and, for the agent reading
 * the thread, below the message. At most {@link #PER_HOUR} requests per visitor an hour, counted in the database.
 */
@Service
public class ContactRequests {

    static final int PER_HOUR = 5;

    /** Where the visitor came from: their last search and the article they read, each possibly unknown. */
    public record SearchContext(@Nullable String query, @Nullable UUID articleId, @Nullable String articleTitle,
                                @Nullable String articleUrl) {
    }

    public record Request(String name, String email, String message, String language, SearchContext context) {
    }

    private final InboundDelivery inbound;
    private final JdbcClient jdbc;
    private final Clock clock;

    ContactRequests(InboundDelivery inbound, JdbcClient jdbc, Clock clock) {
        this.inbound = inbound;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The new conversation, or empty when the visitor sent too many requests in the past hour. */
    public Optional<ConversationId> submit(WorkspaceId workspace, UUID inboxId, Request request, String visitorKey) {
        Instant now = clock.instant();
        long recent = jdbc.sql("select count(*) from help_center_contact_requests where visitor_key = ? and created_at > ?")
                .params(visitorKey, Timestamps.sql(now.minus(Duration.ofHours(1)))).query(Long.class).single();
        if (recent >= PER_HOUR) {
            return Optional.empty();
        }
        UUID id = Ids.newId();
        Inbound.Received received = inbound.deliver(workspace, inboxId, new Delivery(
                new Sender(IdentityKind.EMAIL, request.email(), request.name(), request.language()),
                "help-center:" + id, subject(request.message()), request.message() + contextNote(request.context()),
                null, List.of(), Map.of("helpCenter", metadata(request)), Inbound.Threading.newConversation(), false));
        jdbc.sql("""
                insert into help_center_contact_requests (id, workspace_id, visitor_key, conversation_id, created_at)
                values (?, ?, ?, ?, ?)""")
                .params(id, workspace.value(), visitorKey, received.conversationId().value(), Timestamps.sql(now))
                .update();
        return Optional.of(received.conversationId());
    }

    private static String subject(String message) {
        String firstLine = message.strip().lines().findFirst().orElse("").strip();
        return firstLine.length() <= 100 ? firstLine : firstLine.substring(0, 99) + "…";
    }

    private static Map<String, Object> metadata(Request request) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("language", request.language());
        SearchContext search = request.context();
        if (search.query() != null) {
            context.put("query", search.query());
        }
        if (search.articleId() != null) {
            context.put("articleId", search.articleId().toString());
            context.put("articleTitle", search.articleTitle());
            context.put("articleUrl", search.articleUrl());
        }
        return context;
    }

    private static String contextNote(SearchContext context) {
        StringBuilder note = new StringBuilder();
        if (context.query() != null) {
            note.append("\nSearched the help center for: ").append(context.query());
        }
        if (context.articleId() != null) {
            note.append("\nCame from the article: ").append(context.articleTitle()).append(" (").append(context.articleUrl())
                    .append(')');
        }
        return note.isEmpty() ? "" : "\n\n— Help center" + note;
    }
}
