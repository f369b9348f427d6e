package org.filspresso.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConversationTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    @Test
    void isTitledByTheFirstLineOfItsFirstQuestionCutAtAWord() {
        assertThat(new Conversation(1, "  What is a ristretto?\nAnd a lungo?", NOW).title()).isEqualTo("What is a ristretto?");
        String longQuestion = "Why does a finer grind make my espresso taste more bitter even when I keep the same capsule and cup size every morning";
        String title = new Conversation(1, longQuestion, NOW).title();
        assertThat(title).hasSizeLessThanOrEqualTo(Conversation.TITLE_LENGTH).endsWith("…");
        assertThat(longQuestion).startsWith(title.substring(0, title.length() - 1) + " ");
    }

    @Test
    void keepsQuestionsAndAnswersInOrderWithWhatWasShownWithTheAnswer() {
        Conversation conversation = new Conversation(1, "What is a ristretto?", NOW);
        conversation.add(Turn.question("What is a ristretto?"),
                Turn.answer("A short espresso of about 25 ml.", "tanka", true, "", List.of(new Turn.Source("Cup sizes", "/api/knowledge/cups"))),
                NOW.plusSeconds(5));

        assertThat(conversation.turns()).extracting(Turn::role).containsExactly("user", "assistant");
        assertThat(conversation.turns().get(1).sources()).containsExactly(new Turn.Source("Cup sizes", "/api/knowledge/cups"));
        assertThat(conversation.turns().get(1).model()).isEqualTo("tanka");
        assertThat(conversation.updatedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void aLongConversationKeepsItsNewestTurns() {
        Conversation conversation = new Conversation(1, "question 0", NOW);
        IntStream.range(0, Conversation.MAX_TURNS / 2 + 3).forEach(i ->
                conversation.add(Turn.question("question " + i), Turn.answer("answer " + i, "tanka", true, "", List.of()), NOW));

        List<Turn> turns = conversation.turns();
        assertThat(turns).hasSize(Conversation.MAX_TURNS);
        assertThat(turns.get(0).content()).isEqualTo("question 3");
        assertThat(turns.get(turns.size() - 1).content()).isEqualTo("answer " + (Conversation.MAX_TURNS / 2 + 2));
    }

    @Test
    void anOverlongMessageIsShortenedToTheColumnNotRefused() {
        assertThat(Turn.question("x".repeat(Turn.MAX_CONTENT + 10)).content()).hasSize(Turn.MAX_CONTENT).endsWith("…");
    }

    @Test
    void sourcesSurviveTheirColumnAndThoseBeyondItsWidthAreLeftOutWhole() {
        SourcesConverter converter = new SourcesConverter();
        List<Turn.Source> two = List.of(new Turn.Source("Grind \"size\"", "/api/knowledge/brewing#grind-size"),
                new Turn.Source("Café crème", "/coffee/original/cafe-creme"));
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(two))).isEqualTo(two);

        List<Turn.Source> many = IntStream.range(0, 60).mapToObj(i -> new Turn.Source("Passage " + i + " ".repeat(40), "/api/knowledge/a#" + i))
                .toList();
        String column = converter.convertToDatabaseColumn(many);
        assertThat(column.length()).isLessThanOrEqualTo(SourcesConverter.MAX_LENGTH);
        List<Turn.Source> read = converter.convertToEntityAttribute(column);
        assertThat(read).isNotEmpty().hasSizeLessThan(60).isEqualTo(many.subList(0, read.size()));
        assertThat(converter.convertToDatabaseColumn(List.of())).isNull();
    }
}
