package org.filspresso.ai.summary;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a generated sentence can be traced to the text it summarises: the sentence of the text
 * that holds most of its content words must hold at least {@value #MIN_COVERAGE} of them, and every
 * number it states must appear in the text. A sentence that fails is not shown.
 */
public final class Faithfulness {

    static final double MIN_COVERAGE = 0.8;

    private Faithfulness() {
    }

    /** The sentence of the text that supports {@code candidate}, if one does. */
    public static Optional<Sentence> source(String candidate, List<Sentence> text, Set<String> textNumbers) {
        Set<String> words = TextUnits.contentWords(candidate);
        if (words.size() < 2 || !textNumbers.containsAll(TextUnits.numbers(candidate))) {
            return Optional.empty();
        }
        Sentence best = null;
        double bestCoverage = 0;
        for (Sentence sentence : text) {
            Set<String> supported = TextUnits.contentWords(sentence.text());
            double coverage = words.stream().filter(supported::contains).count() / (double) words.size();
            if (coverage > bestCoverage) {
                bestCoverage = coverage;
                best = sentence;
            }
        }
        return bestCoverage >= MIN_COVERAGE ? Optional.of(best) : Optional.empty();
    }
}
