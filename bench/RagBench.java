import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.filspresso.ai.rag.Chunk;
import org.filspresso.ai.rag.KnowledgeChunker;
import org.filspresso.ai.rag.KnowledgeIndex;
import org.filspresso.ai.rag.SentenceEmbedder;

/**
 * Retrieval latency: one question embedded with MiniLM and searched (BM25 + HNSW, fused), p50 and
 * p99 over 300 questions, on the knowledge articles' passages as shipped (the catalog adds about 150 in
 * the server) and on ten times as many (copies with their own ids). One ONNX Runtime thread, as in the server. Run from
 * the repository root after a build:
 *
 *   java -cp "filspresso-ai/target/classes:server-config/target/runtime/lib/*:filspresso-web/target/filspresso-web/WEB-INF/lib/*" \
 *        bench/RagBench.java
 */
public class RagBench {

    private static final List<String> QUESTIONS = List.of("Why does my espresso taste sour?", "How hot should the water be for a V60?",
            "What does the Maillard reaction do to coffee?", "Which molecule smells like fresh roasted coffee?",
            "How much caffeine is in an espresso?", "What is a washed process?", "How do I descale my machine?",
            "Why do paper filters matter for cholesterol?", "What grind size for a French press?", "Where does Kenyan coffee get its acidity?");

    public static void main(String[] args) throws Exception {
        List<Chunk> shipped = new ArrayList<>();
        try (var articles = Files.list(Path.of("filspresso-ai/training/data/knowledge"))) {
            for (Path article : articles.sorted().toList()) {
                shipped.addAll(KnowledgeChunker.chunks(article.getFileName().toString().replace(".md", ""), Files.readString(article)));
            }
        }
        try (SentenceEmbedder embedder = SentenceEmbedder.load(1)) {
            for (int copies : new int[] {1, 10}) {
                List<Chunk> chunks = new ArrayList<>();
                for (int copy = 0; copy < copies; copy++) {
                    for (Chunk chunk : shipped) {
                        chunks.add(copy == 0 ? chunk : new Chunk(chunk.id() + "@" + copy, chunk.source() + "@" + copy, chunk.category(),
                                chunk.title(), chunk.text() + " (edition " + copy + ")", chunk.url(), chunk.language()));
                    }
                }
                ByteBuffersDirectory directory = new ByteBuffersDirectory();
                long built = System.nanoTime();
                KnowledgeIndex.build(directory, chunks, embedder, progress -> { });
                double buildSeconds = (System.nanoTime() - built) / 1e9;
                try (KnowledgeIndex index = KnowledgeIndex.open(directory, embedder)) {
                    for (int warm = 0; warm < 30; warm++) {
                        index.search(QUESTIONS.get(warm % QUESTIONS.size()), 5, KnowledgeIndex.Mode.HYBRID, KnowledgeIndex.Filter.NONE);
                    }
                    double[] millis = new double[300];
                    for (int i = 0; i < millis.length; i++) {
                        long started = System.nanoTime();
                        index.search(QUESTIONS.get(i % QUESTIONS.size()) + (i >= QUESTIONS.size() ? " " + i : ""), 5,
                                KnowledgeIndex.Mode.HYBRID, KnowledgeIndex.Filter.NONE);
                        millis[i] = (System.nanoTime() - started) / 1e6;
                    }
                    Arrays.sort(millis);
                    long embedStarted = System.nanoTime();
                    for (int i = 0; i < 100; i++) {
                        embedder.embed(QUESTIONS.get(i % QUESTIONS.size()));
                    }
                    double embedMillis = (System.nanoTime() - embedStarted) / 1e6 / 100;
                    System.out.printf("%,d passages (built in %.0f s): query p50 %.1f ms, p99 %.1f ms (embedding the question %.1f ms)%n",
                            index.size(), buildSeconds, millis[149], millis[296], embedMillis);
                }
            }
        }
    }
}
