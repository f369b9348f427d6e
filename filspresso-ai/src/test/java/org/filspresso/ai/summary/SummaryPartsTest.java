package org.filspresso.ai.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SummaryPartsTest {

    static final String TEXT = "Espresso is brewed by forcing hot water through finely ground coffee at about 9 bar. "
            + "The water is usually between 90 and 96 degrees. "
            + "A finer grind slows the water and extracts more from the coffee. "
            + "Some people like to listen to music in the morning. "
            + "Extraction that runs too long makes espresso bitter, while a short extraction makes it sour. "
            + "Baristas adjust the grind until the espresso tastes balanced.";

    @Test
    void splitsSentencesAndKeepsWhereEachStands() {
        List<Sentence> sentences = TextUnits.sentences(TEXT);
        assertThat(sentences).hasSize(6);
        for (Sentence sentence : sentences) {
            assertThat(TEXT.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
        }
        assertThat(TextUnits.numbers(TEXT)).containsExactly("9", "90", "96");
    }

    @Test
    void picksTheSentencesThatCarryTheTextAndLeavesTheAsideOut() {
        List<Sentence> picked = ExtractiveSummary.select(TextUnits.sentences(TEXT), 3);
        assertThat(picked).hasSize(3);
        assertThat(picked).extracting(Sentence::text).noneMatch(text -> text.contains("music"));
        assertThat(picked).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
        assertThat(ExtractiveSummary.select(TextUnits.sentences(TEXT), 10)).hasSize(6);
    }

    @Test
    void aGeneratedSentenceMustBeTraceableAndStateOnlyTheTextsNumbers() {
        List<Sentence> sentences = TextUnits.sentences(TEXT);
        Set<String> numbers = TextUnits.numbers(TEXT);
        assertThat(Faithfulness.source("Espresso forces hot water through finely ground coffee at 9 bar.", sentences, numbers))
                .map(Sentence::text).hasValueSatisfying(text -> assertThat(text).startsWith("Espresso is brewed"));
        assertThat(Faithfulness.source("Espresso forces hot water through finely ground coffee at 15 bar.", sentences, numbers))
                .as("a number the text does not state").isEmpty();
        assertThat(Faithfulness.source("Robusta grows best in the lowlands of Vietnam.", sentences, numbers)).isEmpty();
    }
}
