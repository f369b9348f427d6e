package org.filspresso.ai.assistant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an answer says only what its sources say: every number in it must appear in the passages,
 * every product or molecule name we know (coffees, machines, molecules) that it mentions must be
 * named in the passages too, and it must be made of the passages' words — at least
 * {@value #MIN_CONTENT_WORDS} content words, most of them found in the passages (a stray label such
 * as "pour-over" is not an answer). What fails is listed, so the assistant can fall back to quoting.
 */
public final class GroundingCheck {

    static final int MIN_CONTENT_WORDS = 4;
    /** What {@link #unsupported} lists when the answer's form, not a claim, fails. */
    public static final String TOO_SHORT = "too few words to be an answer";
    public static final String OTHER_WORDS = "words the sources do not use";
    /** Share of the answer's content words that must occur in the passages. */
    static final double MIN_SHARED = 0.6;

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)?");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Set<String> COMMON = Set.of("the", "and", "for", "are", "was", "with", "that", "this", "from", "you", "your",
            "can", "will", "not", "but", "its", "has", "have", "more", "less", "than", "which", "when", "what", "how", "why", "they",
            "their", "there", "about", "into", "also", "most", "some", "such", "should", "would");

    /** Lower-case name to the pattern that finds it as a whole word (compiled once: the check runs on every answer). */
    private final Map<String, Pattern> knownNames = new LinkedHashMap<>();

    /** @param knownNames the names of everything we sell or describe (a name outside the sources is a claim to check) */
    public GroundingCheck(Collection<String> knownNames) {
        knownNames.stream().filter(name -> name.length() >= 4).map(name -> name.toLowerCase(Locale.ROOT)).forEach(name -> this.knownNames
                .computeIfAbsent(name, key -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(key) + "(?![\\p{L}\\p{N}])")));
    }

    /** What in {@code answer} the {@code sources} do not support; empty when it is grounded. */
    public List<String> unsupported(String answer, String sources) {
        String source = normalise(sources);
        String text = normalise(answer);
        List<String> sourceNumbers = numbers(source);
        List<String> missing = new ArrayList<>();
        for (String number : numbers(text)) {
            if (!sourceNumbers.contains(number) && !missing.contains(number)) {
                missing.add(number);
            }
        }
        knownNames.forEach((name, word) -> {
            if (word.matcher(text).find() && !word.matcher(source).find()) {
                missing.add(name);
            }
        });
        List<String> words = WORD.matcher(text).results().map(match -> match.group()).filter(word -> !COMMON.contains(word)).toList();
        long shared = words.stream().filter(source::contains).count();
        if (words.size() < MIN_CONTENT_WORDS) {
            missing.add(TOO_SHORT);
        } else if (shared < MIN_SHARED * words.size()) {
            missing.add(OTHER_WORDS);
        }
        return missing;
    }

    private static List<String> numbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().replace(',', '.'));
        }
        return found;
    }

    private static String normalise(String text) {
        // "1 500" and "1,500" are one number; "1.5" stays a decimal
        return text.toLowerCase(Locale.ROOT).replaceAll("(\\d)[ ,](\\d{3})(?!\\d)", "$1$2");
    }
}
