import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.filspresso.ai.model.Generator;
import org.filspresso.ai.model.KafelotModel;
import org.filspresso.ai.model.KafelotTokenizer;
import org.filspresso.ai.model.KvCache;

/**
 * Kafelot models without the server: decode tokens/s at batch 1 with the KV cache after an 8-token
 * and after a 256-token prompt (best of 4 runs of 128 steps each), prompt tokens/s and time to
 * first token for a 256-token prompt (at an idle model, and right after decoding), and the
 * held-out perplexity of the same file (what its weight format costs). Two threads a session,
 * batch 1 on two cores; the server runs each session on one thread and answers as many requests
 * at once as there are cores (ModelRegistry). Run from the repository root after a build, one model folder or
 * model.onnx per argument:
 *
 *   java -cp "filspresso-ai/target/classes:server-config/target/runtime/lib/*" bench/KafelotDecodeBench.java \
 *        filspresso-ai/models/tanka/model.onnx
 */
public class KafelotDecodeBench {

    private static final int THREADS = 2;
    /** Long enough for ONNX Runtime's threads to stop spinning after the previous run (20 ms is not). */
    private static final long IDLE_MILLIS = 200;

    public static void main(String[] files) throws Exception {
        try (KafelotTokenizer tokenizer = KafelotTokenizer.load(Path.of("filspresso-ai/training/tokenizer/kafelot.json"))) {
            Path heldOut = Path.of("filspresso-ai/training/data/val.txt");
            long[] text = tokenizer.encode(Files.readString(heldOut));
            for (String file : files) {
                try (KafelotModel model = KafelotModel.load(Path.of(file), THREADS)) {
                    double[] shortContext = decode(model, Arrays.copyOf(text, 8));
                    double[] longContext = decode(model, Arrays.copyOf(text, 256));
                    System.out.printf("%s: decode %.0f tokens/s after an 8-token prompt, %.0f after a 256-token prompt;"
                            + " 256-token prompt %.0f ms to first token at an idle model (%.0f prompt tokens/s), %.0f ms right after"
                            + " decoding; held-out perplexity %.2f, RSS %d MB%n", file, shortContext[1], longContext[1], longContext[0],
                            256 / (longContext[0] / 1000), longContext[2],
                            perplexity(model, text), rssMegabytes());
                }
            }
        }
    }

    /**
     * Milliseconds to the first token after {@code prompt} at an idle model and right after decoding
     * (best of 4 runs each), and decode tokens/s at batch 1 for the 128 tokens after it (best of 4):
     * the positions after an 8-token prompt are where the bound of bench/kafelot_pytorch.py (weights
     * only) holds; after 256 the cache adds its own reads (that script prints the bound with them too).
     * Right after decoding, the decoding session's threads still spin for a while and share the two
     * cores with the prompt session's.
     */
    private static double[] decode(KafelotModel model, long[] prompt) throws InterruptedException {
        double idleFirstToken = Double.MAX_VALUE;
        double busyFirstToken = Double.MAX_VALUE;
        double decode = 0;
        for (int run = 0; run < 4; run++) {
            Thread.sleep(IDLE_MILLIS);
            long started = System.nanoTime();
            try (KvCache cache = model.newCache(prompt.length + 129)) { // as generation sizes it
                KafelotModel.Step step = model.forward(prompt, cache, 1);
                idleFirstToken = Math.min(idleFirstToken, (System.nanoTime() - started) / 1e6);
                long decodeStarted = System.nanoTime();
                for (int i = 0; i < 128; i++) {
                    step = model.forward(new long[] {argmax(step.lastLogits())}, cache);
                }
                decode = Math.max(decode, 128 / ((System.nanoTime() - decodeStarted) / 1e9));
            }
            long next = System.nanoTime();
            try (KvCache cache = model.newCache(prompt.length + 129)) {
                model.forward(prompt, cache, 1);
                busyFirstToken = Math.min(busyFirstToken, (System.nanoTime() - next) / 1e6);
            }
        }
        return new double[] {idleFirstToken, decode, busyFirstToken};
    }

    /** Over consecutive 512-token windows of the held-out split (20 of them, as the build's check). */
    private static double perplexity(KafelotModel model, long[] tokens) {
        double sum = 0;
        int windows = 0;
        for (int start = 0; start + 513 < tokens.length && windows < 20; start += 512, windows++) {
            try (KvCache cache = model.newCache(512)) {
                KafelotModel.Step step = model.forward(Arrays.copyOfRange(tokens, start, start + 512), cache);
                double loss = 0;
                for (int position = 0; position < 512; position++) {
                    loss -= Generator.logProbability(step.logitsAt(position), tokens[start + position + 1]);
                }
                sum += loss / 512;
            }
        }
        return Math.exp(sum / windows);
    }

    private static long argmax(float[] logits) {
        int best = 0;
        for (int i = 1; i < logits.length; i++) {
            best = logits[i] > logits[best] ? i : best;
        }
        return best;
    }

    private static long rssMegabytes() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
    }
}
