package org.filspresso.ai.rag;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Retrieval quality on the questions we wrote ({@code src/test/resources/rag/questions.jsonl}: each
 * names the passages that answer it): recall@5 and mean reciprocal rank for words only (BM25),
 * meaning only (embeddings) and both fused. Prints the figures kept in the README.
 */
class RetrievalEvaluationTest {

    private record Question(String text, Set<String> relevant, String kind) {
    }

    private record Scores(double recallAt5, double mrr) {
    }

    private static SentenceEmbedder embedder;
    private static KnowledgeIndex index;
    private static List<Question> questions;

    @BeforeAll
    static void build() throws IOException {
        embedder = SentenceEmbedder.load(2);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        KnowledgeIndex.build(directory, TestCorpus.chunks(), embedder, message -> { });
        index = KnowledgeIndex.open(directory, embedder);
        questions = Files.readAllLines(Path.of("src/test/resources/rag/questions.jsonl")).stream().filter(line -> !line.isBlank())
                .map(line -> Json.createReader(new java.io.StringReader(line)).readObject())
                .map(json -> new Question(json.getString("question"), json.getJsonArray("relevant").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).collect(Collectors.toSet()), json.getString("kind")))
                .toList();
    }

    @AfterAll
    static void close() {
        index.close();
        embedder.close();
    }

    @Test
    void hybridRetrievalBeatsWordsAloneAndMeaningAlone() {
        Map<KnowledgeIndex.Mode, Scores> scores = new EnumMap<>(KnowledgeIndex.Mode.class);
        for (KnowledgeIndex.Mode mode : KnowledgeIndex.Mode.values()) {
            scores.put(mode, evaluate(mode, questions));
            System.out.printf(Locale.ROOT, "retrieval %-6s recall@5 %.3f  MRR %.3f  (%d questions, %d passages)%n", mode,
                    scores.get(mode).recallAt5(), scores.get(mode).mrr(), questions.size(), index.size());
        }
        Scores hybrid = scores.get(KnowledgeIndex.Mode.HYBRID);
        for (KnowledgeIndex.Mode single : List.of(KnowledgeIndex.Mode.BM25, KnowledgeIndex.Mode.VECTOR)) {
            assertThat(hybrid.recallAt5()).as("recall@5 against " + single).isGreaterThan(scores.get(single).recallAt5());
            assertThat(hybrid.mrr()).as("MRR against " + single).isGreaterThan(scores.get(single).mrr());
        }
    }

    @Test
    void aCategoryFilterKeepsOnlyThatCategory() {
        assertThat(index.search("intense dark roast with cocoa", 5, KnowledgeIndex.Mode.HYBRID, KnowledgeIndex.Filter.category("coffee")))
                .hasSize(5).allSatisfy(hit -> assertThat(hit.chunk().category()).isEqualTo("coffee"));
    }

    @Test
    void aLanguageFilterKeepsOnlyThatLanguage() {
        KnowledgeIndex.Filter english = new KnowledgeIndex.Filter(Optional.empty(), Optional.of("en"));
        assertThat(index.search("how does grind size change extraction", 5, KnowledgeIndex.Mode.HYBRID, english)).hasSize(5);
        KnowledgeIndex.Filter romanian = new KnowledgeIndex.Filter(Optional.empty(), Optional.of("ro"));
        assertThat(index.search("how does grind size change extraction", 5, KnowledgeIndex.Mode.HYBRID, romanian))
                .as("nothing is written in Romanian yet").isEmpty();
    }

    private static Scores evaluate(KnowledgeIndex.Mode mode, List<Question> set) {
        double found = 0;
        double reciprocal = 0;
        for (Question question : set) {
            List<KnowledgeIndex.Hit> hits = index.search(question.text(), 10, mode, KnowledgeIndex.Filter.NONE);
            List<String> sources = hits.stream().map(hit -> hit.chunk().source()).distinct().toList();
            long inTop5 = sources.stream().limit(5).filter(question.relevant()::contains).count();
            found += (double) inTop5 / question.relevant().size();
            for (int rank = 0; rank < sources.size(); rank++) {
                if (question.relevant().contains(sources.get(rank))) {
                    reciprocal += 1.0 / (rank + 1);
                    break;
                }
            }
        }
        return new Scores(found / set.size(), reciprocal / set.size());
    }
}
