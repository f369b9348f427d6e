package org.filspresso.ai.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The exported tiny model, run by ONNX Runtime in Java, against PyTorch's logits for the same input. */
class KafelotModelTest {

    private static final float TOLERANCE = 1e-4f;
    private static KafelotModel model;
    private static JsonObject reference;

    @BeforeAll
    static void load() {
        model = KafelotModel.load(Fixtures.DIR.resolve("tiny.onnx"), 2);
        reference = Fixtures.json("tiny-reference.json");
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void promptLogitsMatchPyTorch() {
        long[] prompt = Fixtures.longs(reference.getJsonArray("prompt"));
        try (KvCache empty = model.emptyCache()) {
            KafelotModel.Step step = model.forward(prompt, empty);
            JsonArray expected = reference.getJsonArray("prompt_logits");
            for (int position = 0; position < prompt.length; position++) {
                assertClose(step.logitsAt(position), Fixtures.floats(expected.getJsonArray(position)), "position " + position);
            }
            assertThat(step.cache().length()).isEqualTo(prompt.length);
            step.cache().close();
        }
    }

    @Test
    void aCachedStepMatchesPyTorchAndARecomputationOfEverything() {
        long[] prompt = Fixtures.longs(reference.getJsonArray("prompt"));
        long[] next = Fixtures.longs(reference.getJsonArray("step"));
        KafelotModel.Step first;
        try (KvCache empty = model.emptyCache()) {
            first = model.forward(prompt, empty);
        }
        KafelotModel.Step cached = model.forward(next, first.cache());
        assertClose(cached.lastLogits(), Fixtures.floats(reference.getJsonArray("step_logits")), "cached step vs PyTorch");

        long[] all = new long[prompt.length + 1];
        System.arraycopy(prompt, 0, all, 0, prompt.length);
        all[prompt.length] = next[0];
        try (KvCache empty = model.emptyCache()) {
            KafelotModel.Step full = model.forward(all, empty);
            assertClose(cached.lastLogits(), full.lastLogits(), "cached step vs full recomputation");
            full.cache().close();
        }
        first.cache().close();
        cached.cache().close();
    }

    @Test
    void aPromptRunForItsNextTokenGivesTheLastPositionsLogitsOnly() {
        long[] prompt = Fixtures.longs(reference.getJsonArray("prompt"));
        JsonArray expected = reference.getJsonArray("prompt_logits");
        try (KvCache empty = model.emptyCache()) {
            KafelotModel.Step step = model.forward(prompt, empty, 1);
            assertThat(step.positions()).isEqualTo(1);
            assertThat(step.logits()).hasSize(model.vocabSize());
            assertClose(step.lastLogits(), Fixtures.floats(expected.getJsonArray(prompt.length - 1)), "last position");
            assertThat(step.cache().length()).as("every position still cached").isEqualTo(prompt.length);
            step.cache().close();
        }
    }

    @Test
    void readsItsShapesFromTheGraph() {
        assertThat(model.vocabSize()).isEqualTo(reference.getJsonObject("config").getInt("vocab_size"));
    }

    private static void assertClose(float[] actual, float[] expected, String what) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        assertThat(Fixtures.maxDifference(actual, expected)).as(what + ": largest difference").isLessThan(TOLERANCE);
    }
}
