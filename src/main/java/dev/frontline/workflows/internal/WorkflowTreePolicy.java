package dev.frontline.workflows.internal;

import dev.frontline.shared.InvalidRequestException;
import dev.frontline.workflows.WorkflowDefinition;
import dev.frontline.workflows.WorkflowDefinition.Action;
import dev.frontline.workflows.WorkflowDefinition.Answer;
import dev.frontline.workflows.WorkflowDefinition.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * What makes a definition a tree an agent can walk: unique step ids, a start that exists, answers that lead to
 * existing steps (no dangling branch), no cycle (a run always ends: going back is the agent's way to retry),
 * every step reachable from the start, at least one leaf, actions on leaves only, each with the field its type
 * needs. Answers 400 naming the first offending field; returns the definition trimmed, with bodies sanitized.
 */
public final class WorkflowTreePolicy {

    static final int MAX_STEPS = 200;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Safelist BODY = Safelist.relaxed().addProtocols("img", "src", "https");

    private WorkflowTreePolicy() {
    }

    public static WorkflowDefinition checked(WorkflowDefinition definition) {
        List<Step> steps = definition.steps();
        if (steps == null || steps.isEmpty() || steps.size() > MAX_STEPS
                || steps.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidRequestException("definition.steps", "must hold 1 to " + MAX_STEPS + " steps");
        }
        Map<String, Integer> positions = new HashMap<>();
        List<Step> cleaned = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String field = "definition.steps[" + i + "]";
            requireId(field + ".id", step.id());
            if (positions.putIfAbsent(step.id(), i) != null) {
                throw new InvalidRequestException(field + ".id", "repeats step id " + step.id());
            }
            cleaned.add(cleanedStep(field, step));
        }
        if (!positions.containsKey(definition.start())) {
            throw new InvalidRequestException("definition.start", "names no step");
        }
        for (int i = 0; i < cleaned.size(); i++) {
            List<Answer> answers = cleaned.get(i).answers();
            for (int j = 0; j < answers.size(); j++) {
                if (!positions.containsKey(answers.get(j).next())) {
                    throw new InvalidRequestException("definition.steps[" + i + "].answers[" + j + "].next",
                            "names no step (" + answers.get(j).next() + ")");
                }
            }
        }
        if (cleaned.stream().noneMatch(Step::leaf)) {
            throw new InvalidRequestException("definition.steps", "need at least one step without answers (an outcome)");
        }
        Set<String> reached = new HashSet<>();
        findCycle(definition.start(), cleaned, positions, new LinkedHashSet<>(), reached);
        for (int i = 0; i < cleaned.size(); i++) {
            if (!reached.contains(cleaned.get(i).id())) {
                throw new InvalidRequestException("definition.steps[" + i + "]", "cannot be reached from the start");
            }
        }
        return new WorkflowDefinition(definition.start(), List.copyOf(cleaned));
    }

    private static Step cleanedStep(String field, Step step) {
        String title = required(field + ".title", step.title(), 200);
        String body = step.body() == null ? "" : Jsoup.clean(step.body(), BODY);
        if (body.length() > 20_000) {
            throw new InvalidRequestException(field + ".body", "must be at most 20000 characters");
        }
        String question = step.question() == null || step.question().isBlank() ? null : step.question().strip();
        List<Answer> answers = new ArrayList<>();
        Set<String> answerIds = new HashSet<>();
        List<Answer> given = step.answers() == null ? List.of() : step.answers();
        for (int j = 0; j < given.size(); j++) {
            Answer answer = given.get(j);
            String answerField = field + ".answers[" + j + "]";
            if (answer == null) {
                throw new InvalidRequestException(answerField, "is missing");
            }
            requireId(answerField + ".id", answer.id());
            if (!answerIds.add(answer.id())) {
                throw new InvalidRequestException(answerField + ".id", "repeats answer id " + answer.id());
            }
            requireId(answerField + ".next", answer.next());
            answers.add(new Answer(answer.id(), required(answerField + ".label", answer.label(), 200), answer.next()));
        }
        List<Action> actions = step.actions() == null ? List.of() : step.actions();
        if (!answers.isEmpty() && !actions.isEmpty()) {
            throw new InvalidRequestException(field + ".actions", "belong to outcomes only (steps without answers)");
        }
        List<Action> checkedActions = new ArrayList<>();
        for (int j = 0; j < actions.size(); j++) {
            checkedActions.add(checkedAction(field + ".actions[" + j + "]", actions.get(j)));
        }
        return new Step(step.id(), title, body, question, List.copyOf(answers), List.copyOf(checkedActions));
    }

    private static Action checkedAction(String field, Action action) {
        if (action == null || action.type() == null) {
            throw new InvalidRequestException(field + ".type", "must be ARTICLE, TAGS, PRIORITY, CANNED_REPLY or ESCALATE");
        }
        return switch (action.type()) {
            case ARTICLE -> new Action(action.type(), require(field + ".articleId", action.articleId()), null, null, null, null);
            case TAGS -> {
                List<String> tags = action.tags() == null ? List.of() : action.tags().stream()
                        .filter(java.util.Objects::nonNull).map(tag -> tag.strip().toLowerCase(Locale.ROOT)).filter(tag -> !tag.isEmpty()).distinct().toList();
                if (tags.isEmpty()) {
                    throw new InvalidRequestException(field + ".tags", "must name at least one tag");
                }
                yield new Action(action.type(), null, tags, null, null, null);
            }
            case PRIORITY -> new Action(action.type(), null, null, require(field + ".priority", action.priority()), null, null);
            case CANNED_REPLY -> new Action(action.type(), null, null, null,
                    require(field + ".cannedResponseId", action.cannedResponseId()), null);
            case ESCALATE -> new Action(action.type(), null, null, null, null, require(field + ".queueId", action.queueId()));
        };
    }

    /** Depth-first from the start; a step met again while still on the current path closes a cycle. */
    private static void findCycle(String id, List<Step> steps, Map<String, Integer> positions, LinkedHashSet<String> path,
                                  Set<String> done) {
        if (path.contains(id)) {
            throw new InvalidRequestException("definition.steps[" + positions.get(id) + "]",
                    "is part of a cycle (" + String.join(" → ", path) + " → " + id + ")");
        }
        if (!done.add(id)) {
            return;
        }
        path.add(id);
        for (Answer answer : steps.get(positions.get(id)).answers()) {
            findCycle(answer.next(), steps, positions, path, done);
        }
        path.remove(id);
    }

    private static void requireId(String field, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidRequestException(field, "must be 1 to 40 letters, digits, - or _");
        }
    }

    private static String required(String field, String text, int max) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            throw new InvalidRequestException(field, "must be 1 to " + max + " characters");
        }
        return text.strip();
    }

    private static <T> T require(String field, T value) {
        if (value == null) {
            throw new InvalidRequestException(field, "is required for this action");
        }
        return value;
    }
}
