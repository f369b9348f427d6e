package org.filspresso.ai.assistant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** An answer made only of the passages' own sentences: those sharing the most content words with the question. */
public final class ExtractiveAnswer {

    /** Longer "sentences" are lists or tables run together: not something to quote as an answer. */
    static final int MAX_SENTENCE = 350;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "is", "are", "was",
            "it", "its", "my", "i", "you", "your", "do", "does", "what", "why", "how", "which", "with", "that", "this", "be", "can",
            "should", "would", "there", "at", "by", "from", "as", "much", "many", "me", "about");

    private ExtractiveAnswer() {
    }

    /** Up to {@code sentences} sentences, in the order they appear in the passages (first passage first). */
    public static String from(String question, List<String> passages, int sentences) {
        Set<String> wanted = words(question);
        record Candidate(String sentence, int order, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        int order = 0;
        for (String passage : passages) {
            for (String sentence : SENTENCE_END.split(prose(passage))) {
                Set<String> words = words(sentence);
                long shared = words.stream().filter(wanted::contains).count();
                // Earlier passages ranked higher in retrieval: a small bonus keeps ties in their favour.
                candidates.add(new Candidate(sentence.strip(), order++, shared - order * 1e-4));
            }
        }
        return candidates.stream().filter(c -> c.sentence().length() > 20 && c.sentence().length() <= MAX_SENTENCE)
                .sorted(Comparator.comparingDouble(Candidate::score).reversed())
                .limit(sentences).sorted(Comparator.comparingInt(Candidate::order)).map(Candidate::sentence)
                .collect(Collectors.joining(" "));
    }

    /** The passage's running text: table rows dropped, list markers removed, lines joined. */
    static String prose(String passage) {
        StringBuilder text = new StringBuilder();
        for (String line : passage.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("|") || trimmed.isEmpty()) {
                continue;
            }
            text.append(trimmed.replaceFirst("^([-*]|\\d+\\.)\\s+", "")).append(' ');
        }
        return text.toString().strip();
    }

    /** "roasts" and "roast" are one word here; enough for matching a question to a sentence. */
    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }

    private static Set<String> words(String text) {
        return WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(m -> m.group()).filter(w -> !STOP.contains(w))
                .map(ExtractiveAnswer::singular).collect(Collectors.toSet());
    }
}
