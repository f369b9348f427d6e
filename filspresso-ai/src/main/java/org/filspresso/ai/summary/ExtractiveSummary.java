package org.filspresso.ai.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the sentences that say most of what the text says: each sentence scores the weight of the
 * content words it shares with the rest of the text (rare words weigh more, as in TF-IDF), a little
 * more when it comes early (writers put the point first). The best ones are returned in text order.
 */
public final class ExtractiveSummary {

    private ExtractiveSummary() {
    }

    public static List<Sentence> select(List<Sentence> sentences, int count) {
        if (sentences.size() <= count) {
            return List.copyOf(sentences);
        }
        List<Set<String>> words = sentences.stream().map(s -> TextUnits.contentWords(s.text())).toList();
        Map<String, Integer> sentencesWith = new HashMap<>();
        words.forEach(set -> set.forEach(word -> sentencesWith.merge(word, 1, Integer::sum)));
        int n = sentences.size();
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            for (String word : words.get(i)) {
                int others = sentencesWith.get(word) - 1;
                if (others > 0) {
                    score[i] += others * Math.log((double) n / sentencesWith.get(word));
                }
            }
            score[i] = score[i] / Math.sqrt(Math.max(1, words.get(i).size())) + (i == 0 ? 0.5 : 0);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));
        return order.subList(0, count).stream().sorted().map(sentences::get).toList();
    }
}
