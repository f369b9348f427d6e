package org.filspresso.ai.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generation with a tiny untrained model over the real vocabulary: the text is noise, the mechanics are not. */
class GeneratorTest {

    private static final int CONTEXT = 128;
    private static KafelotModel model;
    private static KafelotTokenizer tokenizer;
    private static Generator generator;

    @BeforeAll
    static void load() {
        model = KafelotModel.load(Fixtures.DIR.resolve("tiny-kafelot.onnx"), 2);
        tokenizer = KafelotTokenizer.load(Fixtures.TOKENIZER);
        generator = new Generator(model, tokenizer, CONTEXT);
    }

    @AfterAll
    static void close() {
        model.close();
        tokenizer.close();
    }

    @Test
    void greedyDecodingWithTheCacheEqualsRecomputingTheWholeSequenceEachStep() {
        String prompt = "<|user|>Make me a strong espresso\n<|assistant|>";
        Sampling sampling = new Sampling(12, 0, 0, 1, 1, 0, List.of());
        Generator.Generation cached = generator.generate(prompt, sampling, piece -> { });

        long[] ids = tokenizer.encode(prompt);
        List<Long> recomputed = new ArrayList<>();
        for (int i = 0; i < cached.generatedTokens(); i++) {
            long[] sequence = new long[ids.length + recomputed.size()];
            System.arraycopy(ids, 0, sequence, 0, ids.length);
            for (int j = 0; j < recomputed.size(); j++) {
                sequence[ids.length + j] = recomputed.get(j);
            }
            try (KvCache cache = model.newCache(sequence.length)) {
                recomputed.add((long) Sampler.argmax(model.forward(sequence, cache).lastLogits()));
            }
        }
        assertThat(cached.text()).isEqualTo(tokenizer.decode(recomputed.stream().mapToLong(Long::longValue).toArray()));
    }

    @Test
    void streamedPiecesAddUpToTheTextAndTheLimitIsKept() {
        List<String> pieces = new ArrayList<>();
        Generator.Generation generation = generator.generate("Coffee", new Sampling(20, 0.8, 40, 0.95, 1.1, 5, List.of()), pieces::add);
        assertThat(String.join("", pieces)).isEqualTo(generation.text());
        assertThat(generation.generatedTokens()).isLessThanOrEqualTo(20);
        if (generation.finish() == Generator.Finish.LENGTH) {
            assertThat(generation.generatedTokens()).isEqualTo(20);
        }
    }

    @Test
    void theSameSeedGivesTheSameTextAndAnotherSeedUsuallyAnother() {
        Sampling seeded = new Sampling(16, 1.0, 0, 1.0, 1.0, 99, List.of());
        String first = generator.generate("Espresso", seeded, piece -> { }).text();
        assertThat(generator.generate("Espresso", seeded, piece -> { }).text()).isEqualTo(first);
        assertThat(generator.generate("Espresso", new Sampling(16, 1.0, 0, 1.0, 1.0, 100, List.of()), piece -> { }).text()).isNotEqualTo(first);
    }

    @Test
    void aStopSequenceEndsTheTextBeforeIt() {
        String free = generator.generate("Lungo", new Sampling(16, 0, 0, 1, 1, 0, List.of()), piece -> { }).text();
        String stop = free.substring(free.length() / 2, free.length() / 2 + 1);
        Generator.Generation stopped = generator.generate("Lungo", new Sampling(16, 0, 0, 1, 1, 0, List.of(stop)), piece -> { });
        assertThat(stopped.finish()).isEqualTo(Generator.Finish.STOP_SEQUENCE);
        assertThat(stopped.text()).doesNotContain(stop).isEqualTo(free.substring(0, free.indexOf(stop)));
    }

    @Test
    void aPromptThatFillsTheContextIsRefused() {
        assertThatThrownBy(() -> generator.generate("espresso ".repeat(CONTEXT), Sampling.GREEDY, piece -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 1 and 127 tokens");
    }
}
