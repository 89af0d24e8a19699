package dev.frontline.workflows.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontline.conversations.Priority;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.workflows.WorkflowDefinition;
import dev.frontline.workflows.WorkflowDefinition.Action;
import dev.frontline.workflows.WorkflowDefinition.ActionType;
import dev.frontline.workflows.WorkflowDefinition.Answer;
import dev.frontline.workflows.WorkflowDefinition.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowTreePolicyTests {

    private static Step question(String id, Answer... answers) {
        return new Step(id, "Step " + id, "", "?", List.of(answers), List.of());
    }

    private static Step outcome(String id, Action... actions) {
        return new Step(id, "Outcome " + id, "", null, List.of(), List.of(actions));
    }

    private static String rejectedField(WorkflowDefinition definition) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> WorkflowTreePolicy.checked(definition));
        assertThat(thrown).isInstanceOf(InvalidRequestException.class);
        return ((InvalidRequestException) thrown).field();
    }

    @Test
    void aDiamondIsATreeAnAgentCanWalkEvenThoughTwoAnswersMeetAgain() {
        WorkflowDefinition diamond = new WorkflowDefinition("a", List.of(
                question("a", new Answer("x", "X", "b"), new Answer("y", "Y", "c")),
                question("b", new Answer("go", "Go", "d")),
                question("c", new Answer("go", "Go", "d")),
                outcome("d", new Action(ActionType.PRIORITY, null, null, Priority.HIGH, null, null))));

        assertThat(WorkflowTreePolicy.checked(diamond).steps()).hasSize(4);
    }

    @Test
    void aLoopBackToAnEarlierStepIsRefusedNamingTheStepThatClosesIt() {
        WorkflowDefinition loop = new WorkflowDefinition("a", List.of(
                question("a", new Answer("x", "X", "b")),
                question("b", new Answer("again", "Again", "c"), new Answer("done", "Done", "d")),
                question("c", new Answer("back", "Back", "b")),
                outcome("d")));

        assertThatThrownBy(() -> WorkflowTreePolicy.checked(loop)).hasMessageContaining("b → c → b");
        assertThat(rejectedField(loop)).isEqualTo("definition.steps[1]");
    }

    @Test
    void repeatedIdsAndActionsWithoutTheirFieldAreRefused() {
        assertThat(rejectedField(new WorkflowDefinition("a", List.of(outcome("a"), outcome("a")))))
                .isEqualTo("definition.steps[1].id");
        assertThat(rejectedField(new WorkflowDefinition("a", List.of(
                outcome("a", new Action(ActionType.ESCALATE, null, null, null, null, null))))))
                .isEqualTo("definition.steps[0].actions[0].queueId");
        assertThat(rejectedField(new WorkflowDefinition("a", List.of(
                outcome("a", new Action(ActionType.TAGS, null, List.of(" ", ""), null, null, null))))))
                .isEqualTo("definition.steps[0].actions[0].tags");
        assertThat(rejectedField(new WorkflowDefinition("a", List.of(new Step("a", "A", "", null,
                List.of(new Answer("has space", "X", "a")), List.of())))))
                .isEqualTo("definition.steps[0].answers[0].id");
    }

    @Test
    void aDefinitionWithoutStepsOrWithHolesIsAFieldErrorNotACrash() {
        assertThat(rejectedField(new WorkflowDefinition("a", null))).isEqualTo("definition.steps");
        assertThat(rejectedField(new WorkflowDefinition("a", java.util.Arrays.asList(outcome("a"), null))))
                .isEqualTo("definition.steps");
        assertThat(rejectedField(new WorkflowDefinition("a", List.of(new Step("a", "A", "", null, List.of(),
                java.util.Arrays.asList((Action) null)))))).isEqualTo("definition.steps[0].actions[0].type");
    }

    @Test
    void bodiesAreSanitizedTitlesTrimmedAndTagsNormalized() {
        WorkflowDefinition checked = WorkflowTreePolicy.checked(new WorkflowDefinition("a", List.of(new Step("a", "  Lights ",
                "<p onclick=\"x()\">Look <img src=\"https://example.com/router.png\"></p><script>alert(1)</script>", null,
                List.of(), List.of(new Action(ActionType.TAGS, null, List.of(" Router", "router", "WiFi"), null, null, null))))));

        Step step = checked.steps().getFirst();
        assertThat(step.title()).isEqualTo("Lights");
        assertThat(step.body()).isEqualTo("<p>Look <img src=\"https://example.com/router.png\"></p>");
        assertThat(step.actions().getFirst().tags()).containsExactly("router", "wifi");
    }
}
