package org.filspresso.ai.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported mixture-of-experts graph runs only the experts a token chose, in both its forms (the
 * general one, and the one-token form of the decoding session): ONNX Runtime's own profile lists
 * which expert layers actually executed.
 */
class SparseExpertsTest {

    private static final Pattern EXPERT_DOWN = Pattern.compile("/blocks\\.(\\d+)/ffn/(one_token/)?experts\\.(\\d+)/down/");

    @Test
    void oneDecodedTokenRunsOnlyItsTopTwoExpertsInEachLayer(@TempDir Path profiles) throws Exception {
        byte[] graph = Files.readAllBytes(Fixtures.DIR.resolve("tiny.onnx"));
        assertTopTwoPerLayer(expertsExecuted(profiles, graph, new long[] {7}), "");
    }

    @Test
    void inItsOneTokenFormTooAndWithTheSameLogits(@TempDir Path profiles) throws Exception {
        byte[] graph = Files.readAllBytes(Fixtures.DIR.resolve("tiny.onnx"));
        byte[] forDecoding = OneTokenExperts.forDecoding(graph);

        assertTopTwoPerLayer(expertsExecuted(profiles, forDecoding, new long[] {7}), "one_token/");
        assertThat(Fixtures.maxDifference(logits(forDecoding, 7), logits(graph, 7))).isLessThan(1e-5f);
    }

    @Test
    void aPromptWhoseTokensChooseDifferentExpertsRunsEachChosenOne(@TempDir Path profiles) throws Exception {
        JsonObject reference = Fixtures.json("tiny-reference.json");
        long[] prompt = Fixtures.longs(reference.getJsonArray("prompt"));
        JsonObject config = reference.getJsonObject("config");

        Set<String> executed = expertsExecuted(profiles, Files.readAllBytes(Fixtures.DIR.resolve("tiny.onnx")), prompt);

        // Ten tokens, two experts each, four experts per layer: more than two of them run.
        assertThat(executed.size()).isGreaterThan(config.getInt("layers") * config.getInt("top_k"));
    }

    private static void assertTopTwoPerLayer(Set<String> executed, String form) {
        JsonObject config = Fixtures.json("tiny-reference.json").getJsonObject("config");
        int layers = config.getInt("layers");
        for (int layer = 0; layer < layers; layer++) {
            String prefix = layer + ":" + form;
            assertThat(executed.stream().filter(expert -> expert.startsWith(prefix)))
                    .as("experts run in layer %d", layer).hasSize(config.getInt("top_k"));
        }
        assertThat(executed).hasSize(layers * config.getInt("top_k"));
    }

    /** "layer:expert" (or "layer:one_token/expert") for every expert whose down projection ran while the tokens were processed. */
    private static Set<String> expertsExecuted(Path profiles, byte[] graph, long[] tokens) throws Exception {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.enableProfiling(profiles.resolve("tiny").toString());
            String profile;
            try (OrtSession session = OrtEnvironment.getEnvironment().createSession(graph, options)) {
                run(session, tokens).close();
                profile = session.endProfiling();
            }
            return downProjections(Files.readString(Path.of(profile)));
        }
    }

    /** The logits of one token run from an empty cache. */
    private static float[] logits(byte[] graph, long token) throws OrtException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                OrtSession session = OrtEnvironment.getEnvironment().createSession(graph, options);
                OrtSession.Result result = run(session, new long[] {token})) {
            FloatBuffer logits = ((OnnxTensor) result.get("logits").orElseThrow()).getFloatBuffer();
            float[] values = new float[logits.remaining()];
            logits.get(values);
            return values;
        }
    }

    private static OrtSession.Result run(OrtSession session, long[] tokens) throws OrtException {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        int layers = (int) session.getInputNames().stream().filter(name -> name.startsWith("past_key_")).count();
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(tokens), new long[] {1, tokens.length}));
            inputs.put("keep_logits", OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[] {tokens.length}), new long[0]));
            inputs.put("seqlens_k", OnnxTensor.createTensor(environment, IntBuffer.wrap(new int[] {tokens.length - 1}), new long[] {1}));
            inputs.put("total_sequence_length", OnnxTensor.createTensor(environment, IntBuffer.wrap(new int[] {tokens.length}), new long[0]));
            long[] cacheShape = ((TensorInfo) session.getInputInfo().get("past_key_0").getInfo()).getShape();
            for (int layer = 0; layer < layers; layer++) {
                inputs.put("past_key_" + layer, emptyPast(environment, cacheShape));
                inputs.put("past_value_" + layer, emptyPast(environment, cacheShape));
            }
            return session.run(inputs);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static OnnxTensor emptyPast(OrtEnvironment environment, long[] cacheShape) throws OrtException {
        return OnnxTensor.createTensor(environment, FloatBuffer.allocate(0), new long[] {1, cacheShape[1], 0, cacheShape[3]});
    }

    private static Set<String> downProjections(String profileJson) {
        Set<String> experts = new TreeSet<>();
        for (JsonValue event : Json.createReader(new StringReader(profileJson)).readArray()) {
            JsonObject object = event.asJsonObject();
            if (!"Node".equals(object.getString("cat", ""))) {
                continue;
            }
            Matcher matcher = EXPERT_DOWN.matcher(object.getString("name", ""));
            if (matcher.find()) {
                experts.add(matcher.group(1) + ":" + (matcher.group(2) == null ? "" : matcher.group(2)) + matcher.group(3));
            }
        }
        return experts;
    }
}
