package org.filspresso.ai.model;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filspresso.ai.onnx.LargeStack;

/**
 * One exported Kafelot model in an ONNX Runtime session. {@link #forward} runs new tokens after
 * what the cache already holds, writes theirs into it and returns their logits, so generation
 * computes each token once. The shapes (layers, key/value heads, head size, vocabulary) are read
 * from the graph itself.
 */
public final class KafelotModel implements AutoCloseable {

    /** Projects only the last that many positions onto the vocabulary (0: all of them). */
    private static final String KEEP_LOGITS = "keep_logits";
    /** The only output ONNX Runtime allocates: the cache's outputs are bound to its own buffers. */
    private static final Set<String> LOGITS_ONLY = Set.of("logits");
    /** Cache capacities are rounded up to this many positions, so that a kept cache fits more sequences. */
    private static final int CAPACITY_STEP = 256;
    /** About one per sequence decoding at once. */
    private static final int IDLE_CACHES = 4;

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    /** Runs one new token: the graph with a mixture's experts in their one-token form, see {@link OneTokenExperts}. */
    private final OrtSession session;
    /** Runs prompts (more than one new token): the graph with float32 activations, see {@link PromptPrecision}. */
    private final OrtSession promptSession;
    private final int layers;
    private final int kvHeads;
    private final int headDim;
    private final int vocabSize;
    /** Caches of finished sequences, smallest first, for the next ones to reuse. */
    private final List<KvCache> idleCaches = new ArrayList<>();
    private boolean closed;

    private KafelotModel(OrtSession session, OrtSession promptSession) throws OrtException {
        this.session = session;
        this.promptSession = promptSession;
        if (!session.getInputNames().contains("seqlens_k")) {
            close();
            throw new ModelException("Not a Kafelot graph of the current layout (no input seqlens_k); rewrite it with"
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
            return load(Files.readAllBytes(onnx), threads);
        } catch (IOException e) {
            throw new ModelException("Cannot read the model " + onnx, e);
        }
    }

    /** From the bytes of an ONNX file (a model shipped inside the application). */
    public static KafelotModel load(byte[] onnx, int threads) {
        return LargeStack.call("kafelot-model-loader", () -> loadHere(onnx, threads));
    }

    private static KafelotModel loadHere(byte[] onnx, int threads) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        // Prompts and single decoded tokens run in two sessions over the same file, each with one value changed
        // where that makes it faster: float32 activations for prompts, the one-token form of a mixture's experts
        // for decoding. A file where neither applies needs only one session.
        byte[] forPrompts = PromptPrecision.floatActivations(onnx);
        byte[] forDecoding = OneTokenExperts.forDecoding(onnx);
        OrtSession session = null;
        try (OrtSession.SessionOptions options = options(threads); OrtSession.SessionOptions promptOptions = options(threads)) {
            session = environment.createSession(forDecoding == null ? onnx : forDecoding, options);
            if (forPrompts == null && forDecoding == null) {
                return new KafelotModel(session, session);
            }
            // Its threads stop spinning when a prompt is done: waiting for the next prompt they would take
            // the cores from the decoding steps that follow (Tanka decoded 15 % slower beside them).
            promptOptions.addConfigEntry("session.force_spinning_stop", "1");
            return new KafelotModel(session, environment.createSession(forPrompts == null ? onnx : forPrompts, promptOptions));
        } catch (OrtException e) {
            closeQuietly(session);
            throw new ModelException("Cannot load the model", e);
        }
    }

    private static void closeQuietly(OrtSession session) {
        try {
            if (session != null) {
                session.close();
            }
        } catch (OrtException e) {
            // already failing: the load error is the one to report
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

    /**
     * An empty cache for a sequence of up to {@code capacity} positions (prompt and generated
     * tokens together). Its buffers are direct memory that ONNX Runtime reads and writes in place;
     * a closed cache's buffers serve the next sequence that fits them, because direct memory is
     * returned only when the garbage collector gets to it (a server allocating a fresh cache per
     * request grew by hundreds of MB between collections) and because zeroing it takes time.
     */
    public KvCache newCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A cache holds at least one position");
        }
        synchronized (idleCaches) {
            for (KvCache idle : idleCaches) {
                if (idle.capacity() >= capacity) {
                    idleCaches.remove(idle);
                    idle.rewind(0); // its old positions are overwritten before they are read
                    return idle;
                }
            }
        }
        int rounded = -Math.floorDiv(-capacity, CAPACITY_STEP) * CAPACITY_STEP;
        long[] shape = {1, kvHeads, rounded, headDim};
        List<OnnxTensor> keys = new ArrayList<>();
        List<OnnxTensor> values = new ArrayList<>();
        try {
            for (int layer = 0; layer < layers; layer++) {
                keys.add(OnnxTensor.createTensor(env, buffer(rounded), shape));
                values.add(OnnxTensor.createTensor(env, buffer(rounded), shape));
            }
            return new KvCache(keys, values, rounded, this::release);
        } catch (OrtException e) {
            keys.forEach(OnnxTensor::close);
            values.forEach(OnnxTensor::close);
            throw new ModelException("Cannot create a cache", e);
        }
    }

    /** Keeps a closed cache for reuse (the largest ones, up to {@value #IDLE_CACHES}). */
    private void release(KvCache cache) {
        KvCache dropped = cache;
        synchronized (idleCaches) {
            if (!closed) {
                idleCaches.add(cache);
                idleCaches.sort(Comparator.comparingInt(KvCache::capacity)); // smallest fitting one first
                dropped = idleCaches.size() > IDLE_CACHES ? idleCaches.remove(0) : null;
            }
        }
        if (dropped != null) {
            dropped.free();
        }
    }

    private FloatBuffer buffer(int capacity) {
        return ByteBuffer.allocateDirect(kvHeads * capacity * headDim * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    /** The logits of each of {@code ids} (batch of one), after the positions already in {@code cache}. */
    public Step forward(long[] ids, KvCache cache) {
        return forward(ids, cache, ids.length);
    }

    /**
     * Runs {@code ids} after the positions in {@code cache} and appends theirs to it, with the
     * logits of the last {@code keep} of them only: a prompt whose next token is all that matters
     * keeps 1, which spares the vocabulary projection (the largest matrix) for every other position.
     */
    public Step forward(long[] ids, KvCache cache, int keep) {
        int total = cache.length() + ids.length;
        if (total > cache.capacity()) {
            throw new IllegalArgumentException("The cache holds " + cache.capacity() + " positions; this run needs " + total);
        }
        int kept = Math.max(1, Math.min(keep, ids.length));
        Map<String, OnnxTensor> inputs = new HashMap<>();
        Map<String, OnnxTensor> written = new HashMap<>();
        try (OnnxTensor input = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), new long[] {1, ids.length});
                OnnxTensor keepLogits = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[] {kept}), new long[0]);
                OnnxTensor seqlens = OnnxTensor.createTensor(env, IntBuffer.wrap(new int[] {total - 1}), new long[] {1});
                OnnxTensor totalLength = OnnxTensor.createTensor(env, IntBuffer.wrap(new int[] {total}), new long[0])) {
            inputs.put("input_ids", input);
            inputs.put(KEEP_LOGITS, keepLogits);
            inputs.put("seqlens_k", seqlens);
            inputs.put("total_sequence_length", totalLength);
            for (int layer = 0; layer < layers; layer++) {
                inputs.put("past_key_" + layer, cache.keys().get(layer));
                inputs.put("past_value_" + layer, cache.values().get(layer));
                // The same buffers as outputs: the new positions are written in place.
                written.put("present_key_" + layer, cache.keys().get(layer));
                written.put("present_value_" + layer, cache.values().get(layer));
            }
            float[] logits = new float[kept * vocabSize];
            OrtSession runner = ids.length > 1 ? promptSession : session;
            try (OrtSession.Result result = runner.run(inputs, LOGITS_ONLY, written)) {
                ((OnnxTensor) result.get("logits").orElseThrow()).getFloatBuffer().get(logits);
            }
            cache.advance(ids.length);
            return new Step(logits, kept, vocabSize);
        } catch (OrtException e) {
            throw new ModelException("The model failed to run", e);
        }
    }

    @Override
    public void close() {
        synchronized (idleCaches) {
            closed = true;
            // A plain loop, not a method reference: at undeploy the application's class loader can no
            // longer load KvCache, which a method reference resolves even when no cache was ever made.
            for (KvCache idle : idleCaches) {
                idle.free();
            }
            idleCaches.clear();
        }
        try {
            if (promptSession != session) {
                promptSession.close();
            }
            session.close();
        } catch (OrtException e) {
            throw new ModelException("Cannot close the model session", e);
        }
    }

    /** Logits of the positions just run (row-major, positions × vocabulary). */
    public record Step(float[] logits, int positions, int vocabSize) {

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
