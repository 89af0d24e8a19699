package dev.frontline.conversations;

import dev.frontline.shared.Caller;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.ForbiddenException;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.UnprocessableException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One action on many conversations from the inbox list. Each conversation goes through the ordinary
 * command in its own transaction, so roles and rules apply per conversation and one that fails (gone,
 * closed, not the agent's to take) leaves the others changed; the failures are reported by id.
 */
@Service
public class BulkActions {

    private static final Logger log = LoggerFactory.getLogger(BulkActions.class);

    public enum Action { ASSIGN, STATUS, TAG }

    /**
     * For {@code ASSIGN}, {@code assigneeId} and {@code teamId} are a user / team id or {@code none};
     * null keeps what the conversation has. {@code STATUS} takes {@code status} (and {@code snoozedUntil}),
     * {@code TAG} adds and removes tags.
     */
    public record Request(List<UUID> ids, Action action, @Nullable String assigneeId, @Nullable String teamId,
                          @Nullable Status status, @Nullable Instant snoozedUntil, Set<String> addTags,
                          Set<String> removeTags) {
    }

    public record Failure(UUID id, int status, String detail) {
    }

    public record Result(int updated, List<Failure> failed) {
    }

    private final ConversationCommands commands;
    private final ConversationQueries queries;

    BulkActions(ConversationCommands commands, ConversationQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public Result apply(Caller caller, Request request) {
        validate(request);
        int updated = 0;
        List<Failure> failed = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(request.ids())) {
            ConversationId conversation = new ConversationId(id);
            try {
                switch (request.action()) {
                    case ASSIGN -> {
                        ConversationView current = queries.get(caller.workspaceId(), conversation);
                        commands.assign(caller, conversation, pick(request.assigneeId(), current.assigneeId()),
                                pick(request.teamId(), current.teamId()));
                    }
                    case STATUS -> commands.update(caller, conversation, new ConversationChanges(request.status(),
                            request.snoozedUntil(), null, null, null, null));
                    case TAG -> commands.tag(caller, conversation, request.addTags(), request.removeTags());
                }
                updated++;
            } catch (NotFoundException e) {
                failed.add(new Failure(id, 404, e.getMessage()));
            } catch (ForbiddenException e) {
                failed.add(new Failure(id, 403, e.getMessage()));
            } catch (UnprocessableException e) {
                failed.add(new Failure(id, 422, e.getMessage()));
            } catch (ConflictException e) {
                failed.add(new Failure(id, 409, e.getMessage()));
            } catch (InvalidRequestException e) {
                failed.add(new Failure(id, 400, e.getMessage()));
            } catch (RuntimeException e) {
                log.warn("Bulk {} failed for conversation {}", request.action(), id, e);
                failed.add(new Failure(id, 500, "The conversation could not be changed."));
            }
        }
        return new Result(updated, failed);
    }

    private static void validate(Request request) {
        switch (request.action()) {
            case ASSIGN -> {
                if (request.assigneeId() == null && request.teamId() == null) {
                    throw new InvalidRequestException("assigneeId", "or teamId is needed to assign");
                }
                parse("assigneeId", request.assigneeId());
                parse("teamId", request.teamId());
            }
            case STATUS -> {
                if (request.status() == null) {
                    throw new InvalidRequestException("status", "is needed to change the status");
                }
            }
            case TAG -> {
                if (request.addTags().isEmpty() && request.removeTags().isEmpty()) {
                    throw new InvalidRequestException("addTags", "or removeTags is needed to tag");
                }
            }
        }
    }

    private static @Nullable UUID pick(@Nullable String requested, @Nullable UUID current) {
        if (requested == null) {
            return current;
        }
        return requested.equals("none") ? null : UUID.fromString(requested);
    }

    private static void parse(String field, @Nullable String value) {
        if (value != null && !value.equals("none")) {
            try {
                UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(field, "must be an id or 'none'");
            }
        }
    }
}
