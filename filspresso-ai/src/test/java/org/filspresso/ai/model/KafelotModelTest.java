package org.filspresso.ai.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
        try (KvCache cache = model.newCache(prompt.length)) {
            KafelotModel.Step step = model.forward(prompt, cache);
            JsonArray expected = reference.getJsonArray("prompt_logits");
            for (int position = 0; position < prompt.length; position++) {
                assertClose(step.logitsAt(position), Fixtures.floats(expected.getJsonArray(position)), "position " + position);
            }
            assertThat(cache.length()).isEqualTo(prompt.length);
        }
    }

    @Test
    void aCachedStepMatchesPyTorchAndARecomputationOfEverything() {
        long[] prompt = Fixtures.longs(reference.getJsonArray("prompt"));
        long[] next = Fixtures.longs(reference.getJsonArray("step"));
        long[] all = new long[prompt.length + 1];
        System.arraycopy(prompt, 0, all, 0, prompt.length);
        all[prompt.length] = next[0];
        try (KvCache cache = model.newCache(all.length + 4); KvCache fresh = model.newCache(all.length)) {
            model.forward(prompt, cache);
            KafelotModel.Step cached = model.forward(next, cache);
            assertClose(cached.lastLogits(), Fixtures.floats(reference.getJsonArray("step_logits")), "cached step vs PyTorch");
            KafelotModel.Step full = model.forward(all, fresh);
            assertClose(cached.lastLogits(), full.lastLogits(), "cached step vs full recomputation");

            cache.rewind(prompt.length);
            model.forward(new long[] {(next[0] + 1) % model.vocabSize(), 7, 9}, cache); // a branch that overwrites the step
            cache.rewind(prompt.length);
            assertClose(model.forward(next, cache).lastLogits(), full.lastLogits(), "the step again after rewinding");
        }
    }

    @Test
    void aRunPastTheCachesCapacityIsRefused() {
        try (KvCache cache = model.newCache(3)) {
            long[] tooMany = new long[cache.capacity() + 1];
            assertThatThrownBy(() -> model.forward(tooMany, cache)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(cache.capacity() + " positions");
            assertThat(cache.length()).isZero();
        }
    }

    @Test
    void aClosedCacheServesTheNextSequenceEmptyAndGivesTheSameLogits() {
        long[] prompt = Fixtures.longs(reference.getJsonArray("prompt"));
        try (KafelotModel own = KafelotModel.load(Fixtures.DIR.resolve("tiny.onnx"), 1)) {
            KvCache used = own.newCache(prompt.length);
            float[] first = own.forward(prompt, used, 1).lastLogits();
            own.forward(new long[] {3, 4, 5}, used);
            used.close();

            try (KvCache reused = own.newCache(prompt.length)) {
                assertThat(reused).as("the buffers kept from the closed cache").isSameAs(used);
                assertThat(reused.length()).isZero();
                assertClose(own.forward(prompt, reused, 1).lastLogits(), first, "the same prompt again");
            }
        }
    }

    @Test
    void aPromptRunForItsNextTokenGivesTheLastPositionsLogitsOnly() {
        long[] prompt = Fixtures.longs(reference.getJsonArray("prompt"));
        JsonArray expected = reference.getJsonArray("prompt_logits");
        try (KvCache cache = model.newCache(prompt.length)) {
            KafelotModel.Step step = model.forward(prompt, cache, 1);
            assertThat(step.positions()).isEqualTo(1);
            assertThat(step.logits()).hasSize(model.vocabSize());
            assertClose(step.lastLogits(), Fixtures.floats(expected.getJsonArray(prompt.length - 1)), "last position");
            assertThat(cache.length()).as("every position still cached").isEqualTo(prompt.length);
        }
    }

    @Test
    void sequencesDecodedAtOnceGetWhatEachGetsAlone() throws Exception {
        long[][] prompts = {{5, 9, 2, 7}, {11, 3, 8}, {4, 4, 6, 1, 2}, {13, 1}};
        List<float[]> alone = new ArrayList<>();
        for (long[] prompt : prompts) {
            alone.add(greedy(prompt));
        }
        ExecutorService writers = Executors.newFixedThreadPool(prompts.length);
        try {
            List<Future<float[]>> together = new ArrayList<>();
            for (long[] prompt : prompts) {
                together.add(writers.submit(() -> greedy(prompt)));
            }
            for (int i = 0; i < prompts.length; i++) {
                assertClose(together.get(i).get(1, TimeUnit.MINUTES), alone.get(i), "sequence " + i + " decoded beside the others");
            }
        } finally {
            writers.shutdownNow();
        }
    }

    /** The prompt, then 24 greedy steps with the cache: every step's chosen token and the last step's logits. */
    private static float[] greedy(long[] prompt) {
        int steps = 24;
        float[] result = new float[steps + model.vocabSize()];
        try (KvCache cache = model.newCache(prompt.length + steps)) {
            float[] logits = model.forward(prompt, cache, 1).lastLogits();
            for (int step = 0; step < steps; step++) {
                int next = Sampler.argmax(logits);
                result[step] = next;
                logits = model.forward(new long[] {next}, cache).lastLogits();
            }
            System.arraycopy(logits, 0, result, steps, logits.length);
        }
        return result;
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
