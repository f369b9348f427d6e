package org.filspresso.ai.generation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses a model for "auto" by how demanding the request looks, the smallest that should do:
 * <ul>
 * <li>Tanka: short and factual — at most 25 words, one question, no reasoning words, no earlier turns;</li>
 * <li>Villanelle: up to 80 words or a few turns, or one reasoning word (why, explain, compare…);</li>
 * <li>Ode: longer still, more than 4 earlier turns, several questions with reasoning, or a summary of a long text.</li>
 * </ul>
 * When the chosen model is not installed, the next smaller installed one answers (else the next larger).
 * An explicit model in the request always wins.
 */
public final class ModelRouter {

    /** Smallest first. */
    public static final List<String> MODELS = List.of("tanka", "villanelle", "ode");

    private static final Set<String> REASONING = Set.of("why", "explain", "compare", "difference", "versus", "vs",
            "how does", "how do", "what happens", "cause", "because", "reason", "chemistry", "reaction", "mechanism",
            "trade-off", "pros and cons", "plan", "step by step");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'-]+");

    private ModelRouter() {
    }

    /** How demanding a request is: 0 (Tanka), 1 (Villanelle) or 2 (Ode). */
    public static int complexity(String text, int earlierTurns) {
        String lower = text.toLowerCase(Locale.ROOT);
        long words = WORD.matcher(text).results().count();
        long questions = lower.chars().filter(c -> c == '?').count();
        long reasoning = REASONING.stream().filter(word -> Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(lower).find()).count();
        if (words > 80 || earlierTurns > 4 || (questions > 1 && reasoning > 0) || reasoning > 2) {
            return 2;
        }
        if (words > 25 || earlierTurns > 0 || questions > 1 || reasoning > 0) {
            return 1;
        }
        return 0;
    }

    /** The model to use among those installed ({@code requested} null or "auto" routes by complexity). */
    public static Optional<String> choose(String requested, String text, int earlierTurns, List<String> installed) {
        if (requested != null && !requested.equals("auto")) {
            return installed.contains(requested) ? Optional.of(requested) : Optional.empty();
        }
        int wanted = complexity(text, earlierTurns);
        for (int size = wanted; size >= 0; size--) {
            if (installed.contains(MODELS.get(size))) {
                return Optional.of(MODELS.get(size));
            }
        }
        return MODELS.stream().filter(installed::contains).findFirst();
    }
}
