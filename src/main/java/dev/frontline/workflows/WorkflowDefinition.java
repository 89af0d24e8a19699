package dev.frontline.workflows;

import dev.frontline.conversations.Priority;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A decision tree: {@code start} names the first step. A step with answers asks {@code question} (or just
 * offers its answers, e.g. "Done"); each answer leads to its {@code next} step. A step without answers is a
 * leaf, an outcome, and only leaves carry actions. {@code body} is sanitized HTML.
 */
public record WorkflowDefinition(String start, List<Step> steps) {

    public record Step(String id, String title, String body, @Nullable String question, List<Answer> answers,
                       List<Action> actions) {

        public boolean leaf() {
            return answers.isEmpty();
        }

        public Optional<Answer> answer(String answerId) {
            return answers.stream().filter(answer -> answer.id().equals(answerId)).findFirst();
        }
    }

    public record Answer(String id, String label, String next) {
    }

    /**
     * What a leaf does when a run reaches it. The field its type needs is set: ARTICLE {@code articleId} (suggested
     * to the agent), TAGS {@code tags} (added), PRIORITY {@code priority}, CANNED_REPLY {@code cannedResponseId}
     * (a shared one, put into the agent's reply), ESCALATE {@code queueId} (a transfer to that queue).
     */
    public record Action(ActionType type, @Nullable UUID articleId, @Nullable List<String> tags,
                         @Nullable Priority priority, @Nullable UUID cannedResponseId, @Nullable UUID queueId) {
    }

    public enum ActionType { ARTICLE, TAGS, PRIORITY, CANNED_REPLY, ESCALATE }

    public Optional<Step> step(String id) {
        return steps.stream().filter(step -> step.id().equals(id)).findFirst();
    }
}
