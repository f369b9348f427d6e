package org.filspresso.ai.assistant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an answer says only what its sources say: every number in it must appear in the passages,
 * and every product or molecule name we know (coffees, machines, molecules) that it mentions must
 * be named in the passages too. What fails is listed, so the assistant can fall back to quoting.
 */
public final class GroundingCheck {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)?");

    private final List<String> knownNames;

    /** @param knownNames the names of everything we sell or describe (a name outside the sources is a claim to check) */
    public GroundingCheck(Collection<String> knownNames) {
        this.knownNames = knownNames.stream().filter(name -> name.length() >= 4).map(name -> name.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** The numbers and names in {@code answer} that {@code sources} do not contain; empty when it is grounded. */
    public List<String> unsupported(String answer, String sources) {
        String source = normalise(sources);
        List<String> sourceNumbers = numbers(source);
        List<String> missing = new ArrayList<>();
        for (String number : numbers(normalise(answer))) {
            if (!sourceNumbers.contains(number) && !missing.contains(number)) {
                missing.add(number);
            }
        }
        String text = normalise(answer);
        for (String name : knownNames) {
            if (mentions(text, name) && !mentions(source, name) && !missing.contains(name)) {
                missing.add(name);
            }
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

    private static boolean mentions(String text, String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    private static String normalise(String text) {
        // "1 500" and "1,500" are one number; "1.5" stays a decimal
        return text.toLowerCase(Locale.ROOT).replaceAll("(\\d)[ ,](\\d{3})(?!\\d)", "$1$2");
    }
}
