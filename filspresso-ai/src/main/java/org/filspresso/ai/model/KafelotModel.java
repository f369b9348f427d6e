package org.filspresso.ai.model;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One exported Kafelot model in an ONNX Runtime session. {@link #forward} runs new tokens after
 * what the cache already holds and returns their logits with the grown cache, so generation
 * computes each token once. The shapes (layers, key/value heads, head size, vocabulary) are read
 * from the graph itself.
 */
public final class KafelotModel implements AutoCloseable {

    /** Projects only the last that many positions onto the vocabulary (0: all of them). */
    private static final String KEEP_LOGITS = "keep_logits";

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final int layers;
    private final int kvHeads;
    private final int headDim;
    private final int vocabSize;

    private KafelotModel(OrtSession session) throws OrtException {
        this.session = session;
        if (!session.getInputNames().contains("past_key_0")) {
            session.close();
            throw new ModelException("Not a Kafelot graph of the current layout (no input past_key_0); rewrite it with"
                    + " python3 -m kafelot.export --rebuild <its folder>", null);
        }
        layers = (int) session.getInputNames().stream().filter(name -> name.startsWith("past_key_")).count();
        long[] cache = ((TensorInfo) session.getInputInfo().get("past_key_0").getInfo()).getShape();
        kvHeads = (int) cache[1];
        headDim = (int) cache[3];
        NodeInfo logits = session.getOutputInfo().get("logits");
        long[] logitShape = ((TensorInfo) logits.getInfo()).getShape();
        vocabSize = (int) logitShape[2];
    }

    public static KafelotModel load(Path onnx, int threads) {
        try {
            return new KafelotModel(OrtEnvironment.getEnvironment().createSession(onnx.toString(), options(threads)));
        } catch (OrtException e) {
            throw new ModelException("Cannot load the model " + onnx, e);
        }
    }

    /** From the bytes of an ONNX file (a model shipped inside the application). */
    public static KafelotModel load(byte[] onnx, int threads) {
        try {
            return new KafelotModel(OrtEnvironment.getEnvironment().createSession(onnx, options(threads)));
        } catch (OrtException e) {
            throw new ModelException("Cannot load the model", e);
        }
    }

    private static OrtSession.SessionOptions options(int threads) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(threads);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        // Weights ship as int8 + DequantizeLinear; without this ONNX Runtime keeps those nodes for its
        // QDQ kernels and dequantizes every weight at every step. With it, constant folding turns
        // them into fp32 weights once, at load.
        options.addConfigEntry("session.disable_quant_qdq", "1");
        return options;
    }

    public int vocabSize() {
        return vocabSize;
    }

    /** A cache holding nothing yet (zero positions), for a new sequence. */
    public KvCache emptyCache() {
        try {
            long[] shape = {1, kvHeads, 0, headDim};
            List<OnnxTensor> keys = new ArrayList<>();
            List<OnnxTensor> values = new ArrayList<>();
            for (int layer = 0; layer < layers; layer++) {
                keys.add(OnnxTensor.createTensor(env, FloatBuffer.allocate(0), shape));
                values.add(OnnxTensor.createTensor(env, FloatBuffer.allocate(0), shape));
            }
            return new KvCache(keys, values, null, 0);
        } catch (OrtException e) {
            throw new ModelException("Cannot create an empty cache", e);
        }
    }

    /** The logits of each of {@code ids} (batch of one), given the positions already in {@code cache}. */
    public Step forward(long[] ids, KvCache cache) {
        return forward(ids, cache, ids.length);
    }

    /**
     * Runs {@code ids} after the positions in {@code cache}, with the logits of the last {@code keep}
     * of them only: a prompt whose next token is all that matters keeps 1, which spares the
     * vocabulary projection (the largest matrix) for every other position.
     */
    public Step forward(long[] ids, KvCache cache, int keep) {
        int kept = Math.max(1, Math.min(keep, ids.length));
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try (OnnxTensor input = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), new long[] {1, ids.length});
                OnnxTensor keepLogits = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[] {kept}), new long[0])) {
            inputs.put("input_ids", input);
            inputs.put(KEEP_LOGITS, keepLogits);
            for (int layer = 0; layer < layers; layer++) {
                inputs.put("past_key_" + layer, cache.keys().get(layer));
                inputs.put("past_value_" + layer, cache.values().get(layer));
            }
            OrtSession.Result result = session.run(inputs);
            float[] logits = new float[kept * vocabSize];
            ((OnnxTensor) result.get("logits").orElseThrow()).getFloatBuffer().get(logits);
            List<OnnxTensor> keys = new ArrayList<>();
            List<OnnxTensor> values = new ArrayList<>();
            for (int layer = 0; layer < layers; layer++) {
                keys.add((OnnxTensor) result.get("present_key_" + layer).orElseThrow());
                values.add((OnnxTensor) result.get("present_value_" + layer).orElseThrow());
            }
            KvCache grown = new KvCache(keys, values, result, cache.length() + ids.length);
            return new Step(logits, kept, vocabSize, grown);
        } catch (OrtException e) {
            throw new ModelException("The model failed to run", e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new ModelException("Cannot close the model session", e);
        }
    }

    /** Logits of the positions just run (row-major, positions × vocabulary) and the cache after them. */
    public record Step(float[] logits, int positions, int vocabSize, KvCache cache) {

        public float[] logitsAt(int position) {
            float[] row = new float[vocabSize];
            System.arraycopy(logits, position * vocabSize, row, 0, vocabSize);
            return row;
        }

        public float[] lastLogits() {
            return logitsAt(positions - 1);
        }
    }
}
