package org.filspresso.ai.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.filspresso.ai.generation.GenerationService;
import org.filspresso.ai.model.Sampling;
import org.filspresso.query.InvalidInputException;

/**
 * Faithful summaries: the model writes a summary; each of its sentences is kept only if it can be
 * traced to a sentence of the text ({@link Faithfulness}); the rest is made up with the text's own
 * most central sentences ({@link ExtractiveSummary}). Every sentence returned names its source.
 */
@ApplicationScoped
public class SummaryService {

    public static final int MAX_CHARACTERS = 20_000;

    /** One sentence of a summary: the model's words ("generated") or the text's own ("extracted"). */
    public record Part(String text, String kind, Sentence source) {
    }

    public record Summary(List<Part> sentences, String model) {
        public String text() {
            return String.join(" ", sentences.stream().map(Part::text).toList());
        }
    }

    @Inject
    GenerationService generation;

    public Summary summarize(String model, String text, int maxSentences) {
        List<Sentence> sentences = TextUnits.sentences(text);
        if (sentences.isEmpty()) {
            throw new InvalidInputException("text", "The text has no sentence to summarise.");
        }
        Set<String> numbers = TextUnits.numbers(text);
        List<Part> parts = new ArrayList<>();
        Set<Sentence> used = new HashSet<>();
        String usedModel = "none";
        if (sentences.size() > maxSentences) {
            try {
                GenerationService.Answer draft = generation.answer(model, text, 0,
                        "<|user|>Summarise in " + maxSentences + " sentences:\n" + text.strip() + "\n<|assistant|>",
                        new Sampling(160, 0, 0, 1, 1.1, 0, List.of("<|user|>")), piece -> { });
                usedModel = draft.model();
                for (Sentence candidate : TextUnits.sentences(draft.text())) {
                    if (parts.size() < maxSentences) {
                        Faithfulness.source(candidate.text(), sentences, numbers).filter(used::add)
                                .ifPresent(source -> parts.add(new Part(candidate.text(), "generated", source)));
                    }
                }
            } catch (InvalidInputException tooLongForTheModel) {
                // The text does not fit the model's context: the summary is the text's own sentences.
            }
        }
        for (Sentence sentence : ExtractiveSummary.select(sentences, Math.min(sentences.size(), maxSentences + parts.size()))) {
            if (parts.size() < maxSentences && used.add(sentence)) {
                parts.add(new Part(sentence.text(), "extracted", sentence));
            }
        }
        parts.sort(Comparator.comparingInt(part -> part.source().start()));
        return new Summary(List.copyOf(parts), usedModel);
    }
}
