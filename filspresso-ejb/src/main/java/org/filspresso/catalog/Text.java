package org.filspresso.catalog;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Search-friendly text: lower case, accents removed, so "epices" finds "Épices". */
final class Text {

    private Text() {
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    static List<String> words(String query) {
        return Arrays.stream(fold(query).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** True when every word of the query occurs in one of the fields. */
    static boolean matchesAllWords(List<String> words, String... fields) {
        String haystack = fold(String.join(" ", fields));
        return words.stream().allMatch(haystack::contains);
    }
}
