package org.filspresso.ai.rag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class KnowledgeChunkerTest {

    private static final String ARTICLE = """
            # Brewing

            Intro about brewing.

            ## Core Variables

            ### Water Temperature

            Hot water extracts faster.

            ### Grind Size

            Finer grinds extract faster.
            """;

    @Test
    void theServerIndexesEveryArticleOfTheCorpus() throws IOException {
        try (Stream<Path> files = Files.list(TestCorpus.KNOWLEDGE)) {
            List<String> articles = files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".md"))
                    .map(name -> name.substring(0, name.length() - ".md".length())).sorted().toList();
            assertThat(RetrievalService.ARTICLES).as("RetrievalService.ARTICLES lists each training/data/knowledge article")
                    .containsExactlyElementsOf(articles);
        }
    }

    @Test
    void oneChunkPerSectionTitledByItsHeadingPath() {
        List<Chunk> chunks = KnowledgeChunker.chunks("brewing", ARTICLE);

        assertThat(chunks).extracting(Chunk::title)
                .containsExactly("Brewing", "Brewing > Core Variables > Water Temperature", "Brewing > Core Variables > Grind Size");
        assertThat(chunks.get(1).text()).isEqualTo("Hot water extracts faster.");
        assertThat(chunks.get(1).source()).isEqualTo("knowledge/brewing#Brewing > Core Variables > Water Temperature");
        assertThat(chunks.get(1).url()).isEqualTo("/api/knowledge/brewing#water-temperature");
    }

    @Test
    void aLongSectionIsSplitAtParagraphsIntoPartsOfOneSource() {
        String paragraph = "Extraction depends on time, temperature and grind. ".repeat(10).strip();
        String markdown = "# Extraction\n\n" + String.join("\n\n", List.of(paragraph, paragraph, paragraph, paragraph));

        List<Chunk> chunks = KnowledgeChunker.chunks("extraction", markdown);

        assertThat(chunks).hasSizeGreaterThan(1).allSatisfy(chunk -> {
            assertThat(chunk.source()).isEqualTo("knowledge/extraction#Extraction");
            assertThat(chunk.text().length()).isLessThanOrEqualTo(KnowledgeChunker.MAX_CHARACTERS);
        });
        assertThat(chunks).extracting(Chunk::id).doesNotHaveDuplicates();
    }

    @Test
    void relatedSentencesEmbedCloserThanUnrelatedOnes() {
        try (SentenceEmbedder embedder = SentenceEmbedder.load(1)) {
            float[] question = embedder.embed("Why does my espresso taste sour?");
            float[] related = embedder.embed("Under-extracted shots are sour because acids dissolve first.");
            float[] unrelated = embedder.embed("The machine ships with a white capsule holder.");

            assertThat(question).hasSize(SentenceEmbedder.DIMENSIONS);
            assertThat(dot(question, question)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
            assertThat(dot(question, related)).isGreaterThan(dot(question, unrelated) + 0.2);
        }
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
