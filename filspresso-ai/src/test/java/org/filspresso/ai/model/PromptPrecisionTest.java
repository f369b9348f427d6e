package org.filspresso.ai.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PromptPrecisionTest {

    private static final Path TANKA = Path.of("models/tanka/model.onnx");

    @Test
    void everyInt8MatMulNBitsOfAShippedGraphIsSwitchedToFloatActivationsAndNothingElseChanges() throws IOException {
        byte[] graph = Files.readAllBytes(TANKA);
        byte[] forPrompts = PromptPrecision.floatActivations(graph);

        assertThat(forPrompts).hasSameSizeAs(graph);
        int changed = 0;
        for (int i = 0; i < graph.length; i++) {
            if (graph[i] != forPrompts[i]) {
                assertThat(graph[i]).isEqualTo((byte) 4);
                assertThat(forPrompts[i]).isEqualTo((byte) 1);
                changed++;
            }
        }
        // Tanka: query/key/value, output, gate/up and down in each of its 7 layers, and the vocabulary projection.
        assertThat(changed).isEqualTo(7 * 4 + 1);
        assertThat(occurrences(forPrompts, "accuracy_level")).isEqualTo(changed);
    }

    @Test
    void aGraphWithoutInt8ActivationsNeedsNoSecondSession() throws IOException {
        assertThat(PromptPrecision.floatActivations(Files.readAllBytes(Fixtures.DIR.resolve("tiny.onnx")))).isNull();
    }

    @Test
    void aPromptRunInFloatActivationsGivesTheSameNextTokenAsInInt8() throws IOException {
        byte[] graph = Files.readAllBytes(TANKA);
        long[] prompt = {5, 120, 77, 3000, 41, 9, 15000, 222, 18, 7};
        try (KafelotModel model = KafelotModel.load(graph, 1); KvCache cache = model.newCache(prompt.length + 1)) {
            float[] floatActivations = model.forward(prompt, cache, 1).lastLogits();
            cache.rewind(0);
            // One token at a time: the decoding session, int8 activations, builds the same positions.
            float[] int8Activations = null;
            for (long id : prompt) {
                int8Activations = model.forward(new long[] {id}, cache).lastLogits();
            }
            assertThat(Sampler.argmax(floatActivations)).isEqualTo(Sampler.argmax(int8Activations));
            assertThat(Fixtures.maxDifference(floatActivations, int8Activations)).isLessThan(1.0f);
        }
    }

    private static int occurrences(byte[] bytes, String text) {
        String ascii = new String(bytes, StandardCharsets.ISO_8859_1);
        int count = 0;
        for (int at = ascii.indexOf(text); at >= 0; at = ascii.indexOf(text, at + 1)) {
            count++;
        }
        return count;
    }
}
