package org.filspresso.ai.summary;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentences, content words and numbers of a text: what summaries are built from and checked against. */
public final class TextUnits {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'-]*");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at",
            "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these",
            "those", "which", "who", "what", "when", "where", "how", "than", "then", "so", "if", "into", "about", "can", "will",
            "has", "have", "had", "do", "does", "not", "no", "more", "most", "very", "also", "their", "they", "there", "one");

    private TextUnits() {
    }

    public static List<Sentence> sentences(String text) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        iterator.setText(text);
        List<Sentence> sentences = new ArrayList<>();
        for (int start = iterator.first(), end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            String raw = text.substring(start, end);
            String trimmed = raw.strip();
            if (!trimmed.isEmpty()) {
                int offset = start + raw.indexOf(trimmed);
                sentences.add(new Sentence(trimmed, offset, offset + trimmed.length()));
            }
        }
        return sentences;
    }

    /** Lower-case words that carry meaning (no stop words). */
    public static Set<String> contentWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            if (!STOP_WORDS.contains(matcher.group())) {
                words.add(matcher.group());
            }
        }
        return words;
    }

    public static Set<String> numbers(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(matcher.group().replace(',', '.'));
        }
        return numbers;
    }
}
