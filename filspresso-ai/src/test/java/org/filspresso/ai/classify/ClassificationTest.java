package org.filspresso.ai.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.Json;
import java.util.List;
import org.filspresso.query.InvalidInputException;
import org.junit.jupiter.api.Test;

class ClassificationTest {

    @Test
    void theMostLikelyLabelWinsAndTheProbabilitiesSumToOne() {
        Classification c = Classification.fromLogProbabilities("brewing_method", List.of("pour-over", "moka pot", "cold brew"),
                new double[] {-2.0, -4.0, -9.0});
        assertThat(c.label()).isEqualTo("pour-over");
        assertThat(c.confidence()).isCloseTo(1 / (1 + Math.exp(-2) + Math.exp(-7)), within(1e-9));
        assertThat(c.probabilities().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(c.probabilities()).containsKeys("pour-over", "moka pot", "cold brew");
    }

    @Test
    void veryUnlikelyLabelsDoNotUnderflowIntoNaN() {
        Classification c = Classification.fromLogProbabilities("intent", List.of("buy", "brew"), new double[] {-900, -1000});
        assertThat(c.label()).isEqualTo("buy");
        assertThat(c.confidence()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void theTasksComeFromTheModelCardAndPromptLikeTheTrainer() {
        ClassificationTasks tasks = ClassificationTasks.of(Json.createObjectBuilder().add("classification", Json.createObjectBuilder()
                .add("tasks", Json.createObjectBuilder().add("intent", Json.createObjectBuilder().add("title", "intent")
                        .add("labels", Json.createArrayBuilder().add("buy").add("brew"))))).build());
        ClassificationTasks.Task intent = tasks.task("intent").orElseThrow();
        assertThat(intent.prompt("  Where is my order? ")).isEqualTo("<|user|>Classify the intent: Where is my order?\n<|assistant|>");
        assertThat(intent.continuations()).containsExactly("buy<|end|>", "brew<|end|>");
        assertThat(ClassificationTasks.of(Json.createObjectBuilder().add("name", "old").build()).isEmpty()).isTrue();
    }

    @Test
    void aRequestNamesEachWrongField() {
        assertThat(ClassifyRequest.parse("{\"text\": \"A V60 please\"}").tasks()).containsExactly("coffee_type", "brewing_method", "intent");
        assertThat(ClassifyRequest.parse("{\"text\": \"A V60\", \"task\": \"brewing_method\", \"model\": \"tanka\"}").tasks())
                .containsExactly("brewing_method");
        assertThatThrownBy(() -> ClassifyRequest.parse("{\"text\": \" \", \"task\": \"mood\", \"model\": \"gpt\"}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field()).containsExactly("text", "task", "model"));
        assertThatThrownBy(() -> ClassifyRequest.parse("{\"text\": \"" + "x".repeat(1001) + "\"}")).isInstanceOf(InvalidInputException.class);
    }
}
