package dev.frontline.workflows.internal;

import dev.frontline.cannedresponses.CannedResponse;
import dev.frontline.cannedresponses.CannedResponses;
import dev.frontline.conversations.ConversationChanges;
import dev.frontline.conversations.ConversationCommands;
import dev.frontline.conversations.ConversationId;
import dev.frontline.knowledge.Article;
import dev.frontline.knowledge.KnowledgeArticles;
import dev.frontline.routing.Transfers;
import dev.frontline.shared.Caller;
import dev.frontline.shared.NotFoundException;
import dev.frontline.workflows.WorkflowDefinition.Action;
import dev.frontline.workflows.WorkflowDefinition.ActionType;
import dev.frontline.workflows.WorkflowDefinition.Step;
import dev.frontline.workflows.WorkflowRun.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A leaf's actions, through the modules that own what they change: tags and priority through
 * {@link ConversationCommands}, escalation as a {@link Transfers transfer} to the queue with an internal note, in the
 * run's transaction, so a refused action (say, a transfer of a conversation that is no longer open) leaves the
 * run where it was. Articles and canned replies change nothing: they are offered to the agent ({@link #describe}).
 */
@Component
public class LeafActions {

    private final ConversationCommands conversations;
    private final Transfers transfers;
    private final KnowledgeArticles articles;
    private final CannedResponses cannedResponses;

    LeafActions(ConversationCommands conversations, Transfers transfers, KnowledgeArticles articles,
                CannedResponses cannedResponses) {
        this.conversations = conversations;
        this.transfers = transfers;
        this.articles = articles;
        this.cannedResponses = cannedResponses;
    }

    /** Applies the leaf's changes; answers the names of the actions applied, for the timeline. */
    public List<String> apply(Caller caller, ConversationId conversation, String workflowName, Step leaf) {
        List<String> applied = new ArrayList<>();
        for (Action action : leaf.actions()) {
            switch (action.type()) {
                case TAGS -> conversations.tag(caller, conversation, Set.copyOf(action.tags()), Set.of());
                case PRIORITY -> conversations.update(caller, conversation,
                        new ConversationChanges(null, null, action.priority(), null, null, null));
                case ESCALATE -> transfers.transfer(caller, conversation, null, action.queueId(),
                        "Escalated by the workflow \"" + workflowName + "\": " + leaf.title());
                case ARTICLE, CANNED_REPLY -> {
                }
            }
            applied.add(action.type().name());
        }
        return applied;
    }

    /**
     * What the leaf offers or did, for the agent's panel. Call outside a transaction: each look-up is its own, so an
     * article or canned response deleted since the workflow was saved is reported unavailable, not an error.
     */
    public List<Result> describe(Caller caller, Step leaf) {
        List<Result> results = new ArrayList<>();
        for (Action action : leaf.actions()) {
            results.add(switch (action.type()) {
                case ARTICLE -> article(caller, action.articleId());
                case CANNED_REPLY -> cannedReply(caller, action.cannedResponseId());
                case TAGS -> new Result(ActionType.TAGS, null, String.join(", ", action.tags()), null, true);
                case PRIORITY -> new Result(ActionType.PRIORITY, null, action.priority().name(), null, true);
                case ESCALATE -> new Result(ActionType.ESCALATE, action.queueId(), queueName(caller, action.queueId()), null, true);
            });
        }
        return results;
    }

    private Result article(Caller caller, UUID id) {
        try {
            Article article = articles.get(caller, id);
            return new Result(ActionType.ARTICLE, id, article.title(), null, true);
        } catch (NotFoundException gone) {
            return new Result(ActionType.ARTICLE, id, "", null, false);
        }
    }

    private Result cannedReply(Caller caller, UUID id) {
        try {
            CannedResponse response = cannedResponses.get(caller, id);
            return new Result(ActionType.CANNED_REPLY, id, response.title(), response.body(), true);
        } catch (NotFoundException gone) {
            return new Result(ActionType.CANNED_REPLY, id, "", null, false);
        }
    }

    private String queueName(Caller caller, UUID queueId) {
        return transfers.targets(caller).queues().stream().filter(queue -> queue.id().equals(queueId))
                .map(Transfers.QueueTarget::name).findFirst().orElse("");
    }

    /** Timeline detail of the leaf's outcome. */
    public static Map<String, Object> outcome(String workflowName, Step leaf, List<String> applied) {
        return Map.of("workflowName", workflowName, "outcome", leaf.title(), "actions", applied);
    }
}
