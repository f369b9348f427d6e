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
import java.util.HashMap;
import java.util.Map;

/**
 * One exported Kafelot model in an ONNX Runtime session. {@link #forward} runs new tokens after
 * what the cache already holds and returns their logits with the grown cache, so generation
 * computes each token once. The shapes (layers, key/value heads, head size, vocabulary) are read
 * from the graph itself.
 */
public final class KafelotModel implements AutoCloseable {

    /** Input of graphs that can project only the last positions onto the vocabulary (kafelot.last_logits). */
    private static final String KEEP_LOGITS = "keep_logits";

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final int layers;
    private final int kvHeads;
    private final int headDim;
    private final int vocabSize;
    private final boolean keepsLogits;

    private KafelotModel(OrtSession session) throws OrtException {
        this.session = session;
        keepsLogits = session.getInputNames().contains(KEEP_LOGITS);
        long[] cache = ((TensorInfo) session.getInputInfo().get("past_keys").getInfo()).getShape();
        layers = (int) cache[0];
        kvHeads = (int) cache[2];
        headDim = (int) cache[4];
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
            long[] shape = {layers, 1, kvHeads, 0, headDim};
            return new KvCache(OnnxTensor.createTensor(env, FloatBuffer.allocate(0), shape),
                    OnnxTensor.createTensor(env, FloatBuffer.allocate(0), shape), null, 0);
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
            inputs.put("past_keys", cache.keys());
            inputs.put("past_values", cache.values());
            if (keepsLogits) {
                inputs.put(KEEP_LOGITS, keepLogits);
            }
            OrtSession.Result result = session.run(inputs);
            FloatBuffer buffer = ((OnnxTensor) result.get("logits").orElseThrow()).getFloatBuffer();
            float[] logits = new float[kept * vocabSize];
            buffer.position(buffer.limit() - logits.length); // a graph without keep_logits gave every position
            buffer.get(logits);
            KvCache grown = new KvCache((OnnxTensor) result.get("present_keys").orElseThrow(),
                    (OnnxTensor) result.get("present_values").orElseThrow(), result, cache.length() + ids.length);
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
