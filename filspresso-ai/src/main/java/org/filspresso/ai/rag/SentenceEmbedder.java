package org.filspresso.ai.rag;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.Map;
import org.filspresso.ai.onnx.LargeStack;

/**
 * Sentence embeddings with all-MiniLM-L6-v2 (quantized, 384 dimensions) in ONNX Runtime: the
 * token vectors averaged over the attention mask and scaled to length 1, so that a dot product is
 * the cosine similarity. Model and tokenizer are those of langchain4j's Maven Central artifact,
 * copied into the class path at build time ({@code kafelot/minilm}).
 */
public final class SentenceEmbedder implements AutoCloseable {

    public static final int DIMENSIONS = 384;
    /** The model saw at most 256 word pieces in training; longer texts are cut. */
    static final int MAX_TOKENS = 256;
    private static final String FOLDER = "/kafelot/minilm/";

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;

    private SentenceEmbedder(OrtSession session, HuggingFaceTokenizer tokenizer) {
        this.session = session;
        this.tokenizer = tokenizer;
    }

    /** The shipped model, with {@code threads} ONNX Runtime threads. */
    public static SentenceEmbedder load(int threads) {
        return LargeStack.call("sentence-embedder-loader", () -> loadHere(threads));
    }

    private static SentenceEmbedder loadHere(int threads) {
        try (InputStream model = resource("all-minilm-l6-v2-q.onnx"); InputStream vocabulary = resource("all-minilm-l6-v2-q-tokenizer.json");
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = OrtEnvironment.getEnvironment().createSession(model.readAllBytes(), options);
            return new SentenceEmbedder(session, HuggingFaceTokenizer.newInstance(vocabulary, Map.of(
                    "padding", "false", "truncation", "true", "maxLength", String.valueOf(MAX_TOKENS))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sentence-embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load the sentence-embedding model", e);
        }
    }

    public float[] embed(String text) {
        Encoding encoding = tokenizer.encode(text.replaceAll("\\s+", " ").strip());
        long[] ids = encoding.getIds();
        long[] mask = encoding.getAttentionMask();
        long[] types = encoding.getTypeIds();
        long[] shape = {1, ids.length};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
                OnnxTensor maskTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
                OnnxTensor typeTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape);
                OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor))) {
            float[][] tokens = ((float[][][]) result.get(0).getValue())[0];
            return meanPooled(tokens, mask);
        } catch (OrtException e) {
            throw new IllegalStateException("The sentence-embedding model failed to run", e);
        }
    }

    static float[] meanPooled(float[][] tokens, long[] mask) {
        float[] sum = new float[tokens[0].length];
        int counted = 0;
        for (int t = 0; t < tokens.length; t++) {
            if (mask[t] == 0) {
                continue;
            }
            counted++;
            for (int d = 0; d < sum.length; d++) {
                sum[d] += tokens[t][d];
            }
        }
        double norm = 0;
        for (int d = 0; d < sum.length; d++) {
            sum[d] /= Math.max(1, counted);
            norm += sum[d] * sum[d];
        }
        float scale = (float) (1 / Math.max(1e-12, Math.sqrt(norm)));
        for (int d = 0; d < sum.length; d++) {
            sum[d] *= scale;
        }
        return sum;
    }

    private static InputStream resource(String name) {
        InputStream stream = SentenceEmbedder.class.getResourceAsStream(FOLDER + name);
        if (stream == null) {
            throw new IllegalStateException("Missing " + FOLDER + name + " (copied from langchain4j's MiniLM artifact by the build)");
        }
        return stream;
    }

    @Override
    public void close() {
        tokenizer.close();
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
