package org.filspresso.ai.generation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Among the installed models no larger than that, the one with the lowest held-out perplexity answers
 * (the larger one when equal or unknown): a bigger model that trained less than a smaller one does not
 * take its questions. With none that small installed, the smallest installed one answers.
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

    /**
     * The model to use ({@code requested} null or "auto" routes by complexity).
     *
     * @param installed each installed model's held-out perplexity (NaN when its card has none)
     */
    public static Optional<String> choose(String requested, String text, int earlierTurns, Map<String, Double> installed) {
        if (requested != null && !requested.equals("auto")) {
            return installed.containsKey(requested) ? Optional.of(requested) : Optional.empty();
        }
        int wanted = complexity(text, earlierTurns);
        Optional<String> best = Optional.empty();
        for (int size = wanted; size >= 0; size--) {
            String name = MODELS.get(size);
            if (installed.containsKey(name) && (best.isEmpty() || installed.get(name) < installed.get(best.get()))) {
                best = Optional.of(name);
            }
        }
        return best.or(() -> MODELS.stream().filter(installed::containsKey).findFirst());
    }
}
