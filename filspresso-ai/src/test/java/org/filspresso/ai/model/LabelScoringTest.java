package org.filspresso.ai.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.filspresso.ai.classify.ClassificationTasks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Java label scorer gives each label the log-probability the trainer's scorer gives it (same model, same prompt). */
class LabelScoringTest {

    private static KafelotModel model;
    private static KafelotTokenizer tokenizer;

    @BeforeAll
    static void load() {
        model = KafelotModel.load(Fixtures.DIR.resolve("tiny-kafelot.onnx"), 2);
        tokenizer = KafelotTokenizer.load(Fixtures.TOKENIZER);
    }

    @AfterAll
    static void close() {
        model.close();
        tokenizer.close();
    }

    @Test
    void everyLabelOfEveryTaskScoresAsInPyTorch() {
        JsonObject fixture = Fixtures.json("tiny-classification.json");
        ClassificationTasks tasks = ClassificationTasks.of(Json.createObjectBuilder()
                .add("classification", Json.createObjectBuilder().add("tasks", fixture.getJsonObject("tasks"))).build());
        Generator generator = new Generator(model, tokenizer, 128);
        assertThat(fixture.getJsonArray("cases")).hasSize(3);
        for (JsonObject c : fixture.getJsonArray("cases").getValuesAs(JsonObject.class)) {
            ClassificationTasks.Task task = tasks.task(c.getString("task")).orElseThrow();
            double[] scores = generator.continuationLogProbabilities(task.prompt(c.getString("text")), task.continuations());
            float[] expected = Fixtures.floats(c.getJsonArray("log_probabilities"));
            assertThat(scores).hasSize(task.labels().size());
            for (int i = 0; i < scores.length; i++) {
                assertThat(scores[i]).as("%s: %s", task.name(), task.labels().get(i)).isCloseTo(expected[i], within(2e-3));
            }
        }
    }
}
