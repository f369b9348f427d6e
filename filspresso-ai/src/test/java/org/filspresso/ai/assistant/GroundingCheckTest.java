package org.filspresso.ai.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroundingCheckTest {

    private static final String SOURCES = "Extraction > Water Temperature\nThe usual brewing window is 90–96 °C. Dark roasts such as "
            + "Kazaar are often brewed at 88–92 °C because they give up their solubles easily. A 1:16 ratio suits filter coffee; "
            + "a shot of 18 g yields 36 g.";
    private static final GroundingCheck CHECK = new GroundingCheck(List.of("Kazaar", "Volluto", "Caffeine", "Trigonelline", "Vertuo Next"));

    @Test
    void anAnswerRepeatingTheSourcesPasses() {
        assertThat(CHECK.unsupported("Brew Kazaar at 88 to 92 °C; most coffee brews between 90 and 96 °C.", SOURCES)).isEmpty();
        assertThat(CHECK.unsupported("Use a 1:16 ratio: 18 g of coffee gives 36 g in the cup.", SOURCES)).isEmpty();
    }

    @Test
    void anInjectedFalseNumberIsCaught() {
        assertThat(CHECK.unsupported("Brew Kazaar at 75 °C, as dark roasts give up their solubles easily.", SOURCES)).containsExactly("75");
        assertThat(CHECK.unsupported("The usual brewing window for coffee is 90–99 °C.", SOURCES)).containsExactly("99");
    }

    @Test
    void aStrayLabelOrAnAnswerInOtherWordsIsNotGrounded() {
        assertThat(CHECK.unsupported("pour-over", SOURCES)).containsExactly("too few words to be an answer");
        assertThat(CHECK.unsupported("Honestly, nobody really knows anything regarding roasting beans here.", SOURCES))
                .containsExactly("words the sources do not use");
    }

    @Test
    void aProductOrMoleculeTheSourcesDoNotNameIsCaught() {
        assertThat(CHECK.unsupported("Volluto is often brewed at 90 °C, like dark roasts.", SOURCES)).containsExactly("volluto");
        assertThat(CHECK.unsupported("Dark roasts give up trigonelline easily when brewed.", SOURCES)).containsExactly("trigonelline");
    }

    @Test
    void theQuotedFallbackUsesThePassagesOwnSentencesClosestToTheQuestion() {
        String answer = ExtractiveAnswer.from("What temperature for a dark roast?", List.of(SOURCES), 1);

        assertThat(answer).isEqualTo("Dark roasts such as Kazaar are often brewed at 88–92 °C because they give up their solubles easily.");
        assertThat(CHECK.unsupported(answer, SOURCES)).isEmpty();
    }

    @Test
    void tablesAndListsAreNotQuotedAsSentences() {
        String passage = "Roast levels differ.\n\n| Roast | End temperature |\n|---|---|\n| Dark | 225–240 °C |\n\n"
                + "- Dark roasts are usually brewed cooler, at 88–92 °C, to keep them from turning harsh.";

        assertThat(ExtractiveAnswer.from("At what temperature should a dark roast be brewed?", List.of(passage), 1))
                .isEqualTo("Dark roasts are usually brewed cooler, at 88–92 °C, to keep them from turning harsh.");
    }

    @Test
    void questionsAboutTheirOwnOrdersAndSubscriptionsAreRecognised() {
        assertThat(PersonalQuestions.topic("Where is my order?")).isEqualTo(PersonalQuestions.Topic.ORDERS);
        assertThat(PersonalQuestions.topic("When will my delivery arrive?")).isEqualTo(PersonalQuestions.Topic.ORDERS);
        assertThat(PersonalQuestions.topic("When is my next subscription delivery?")).isEqualTo(PersonalQuestions.Topic.SUBSCRIPTIONS);
        assertThat(PersonalQuestions.topic("How is coffee delivered from farm to roaster?")).isEqualTo(PersonalQuestions.Topic.NONE);
        assertThat(PersonalQuestions.topic("Why is my espresso sour?")).isEqualTo(PersonalQuestions.Topic.NONE);
    }
}
