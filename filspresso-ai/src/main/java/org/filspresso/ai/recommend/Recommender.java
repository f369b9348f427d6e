package org.filspresso.ai.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Ranks coffees for one person. Only capsules of their machines' systems are considered; late in
 * the evening nothing high in caffeine unless they asked for strength, and decaf first from 18:00.
 * The score adds: how often they reordered it, how much its aromatic notes overlap with what they
 * bought and said they like, how close its intensity is to theirs, and a little popularity. Every
 * recommendation carries the reasons that made it.
 */
public final class Recommender {

    static final double REORDER = 2.0;
    static final double NOTES = 1.5;
    static final double INTENSITY = 1.0;
    static final double DECAF = 1.5;
    static final double POPULARITY = 0.3;

    private Recommender() {
    }

    public record Recommendation(Candidate coffee, double score, List<String> why) {
    }

    public static List<Recommendation> recommend(List<Candidate> catalog, Taste taste, int count) {
        Map<Long, Candidate> byId = catalog.stream().collect(Collectors.toMap(Candidate::id, c -> c, (a, b) -> a));
        Map<String, Double> noteWeights = noteWeights(taste, byId);
        double preferredIntensity = preferredIntensity(taste, byId);
        int mostPopular = catalog.stream().mapToInt(Candidate::popularity).max().orElse(0);
        int orders = taste.purchases().values().stream().mapToInt(Integer::intValue).sum();
        boolean decafWanted = taste.prefersDecaf() || taste.askedFor().contains(Taste.Request.DECAF);
        boolean strengthAsked = taste.askedFor().contains(Taste.Request.STRONG);

        List<Recommendation> ranked = new ArrayList<>();
        for (Candidate coffee : catalog) {
            if (!taste.systems().isEmpty() && !taste.systems().contains(coffee.system())) {
                continue;
            }
            int bought = taste.purchases().getOrDefault(coffee.id(), 0);
            if (bought > 0 && taste.askedFor().contains(Taste.Request.SOMETHING_NEW)) {
                continue;
            }
            if (taste.late() && coffee.highCaffeine() && !strengthAsked) {
                continue;
            }
            if (taste.askedFor().contains(Taste.Request.DECAF) && !coffee.decaf()) {
                continue;
            }
            List<String> why = new ArrayList<>();
            double score = 0;
            if (bought > 0) {
                score += REORDER * bought / Math.max(1, orders);
                why.add(bought > 1 ? "You have ordered it " + bought + " times." : "You have ordered it before.");
            }
            Set<String> shared = new TreeSet<>();
            double noteScore = 0;
            for (String note : coffee.notes()) {
                double weight = noteWeights.getOrDefault(note, 0.0);
                if (weight > 0) {
                    shared.add(note);
                    noteScore += weight;
                }
            }
            score += NOTES * noteScore / Math.max(1, coffee.notes().size());
            if (!shared.isEmpty()) {
                why.add("Its " + String.join(", ", shared) + " notes are what you like.");
            }
            if (!Double.isNaN(preferredIntensity)) {
                double distance = coffee.intensity() - preferredIntensity;
                double fit = Math.exp(-distance * distance / 8);
                score += INTENSITY * fit;
                if (fit > 0.7) {
                    why.add("Intensity " + coffee.intensity() + ", close to what you drink.");
                }
            }
            if (coffee.decaf() && (decafWanted || taste.evening())) {
                score += DECAF;
                why.add(decafWanted ? "Decaf, as you prefer." : "Decaf, for the evening.");
            }
            if (mostPopular > 0) {
                score += POPULARITY * coffee.popularity() / mostPopular;
            }
            if (why.isEmpty()) {
                why.add("One of our customers' favourites for your machine.");
            }
            ranked.add(new Recommendation(coffee, score, why));
        }
        ranked.sort(Comparator.comparingDouble(Recommendation::score).reversed().thenComparing(r -> r.coffee().name()));
        return ranked.subList(0, Math.min(count, ranked.size()));
    }

    /**
     * How much each aromatic note counts: the share of their purchases that had it, plus 1 for each
     * note they said they like (stated taste outweighs history).
     */
    private static Map<String, Double> noteWeights(Taste taste, Map<Long, Candidate> byId) {
        Map<String, Double> weights = new HashMap<>();
        int total = 0;
        for (Map.Entry<Long, Integer> purchase : taste.purchases().entrySet()) {
            Candidate coffee = byId.get(purchase.getKey());
            if (coffee != null) {
                total += purchase.getValue();
                coffee.notes().forEach(note -> weights.merge(note, (double) purchase.getValue(), Double::sum));
            }
        }
        int purchases = Math.max(1, total);
        weights.replaceAll((note, weight) -> weight / purchases);
        taste.likedNotes().forEach(note -> weights.merge(note, 1.0, Double::sum));
        return weights;
    }

    /** The intensity to aim at: asked strength or mildness first, then the stated range, then what they buy; NaN if nothing is known. */
    private static double preferredIntensity(Taste taste, Map<Long, Candidate> byId) {
        if (taste.askedFor().contains(Taste.Request.STRONG)) {
            return 11;
        }
        if (taste.askedFor().contains(Taste.Request.MILD)) {
            return 4;
        }
        if (taste.intensityMin() != null || taste.intensityMax() != null) {
            int low = taste.intensityMin() == null ? 1 : taste.intensityMin();
            int high = taste.intensityMax() == null ? 13 : taste.intensityMax();
            return (low + high) / 2.0;
        }
        double sum = 0;
        int count = 0;
        for (Map.Entry<Long, Integer> purchase : taste.purchases().entrySet()) {
            Candidate coffee = byId.get(purchase.getKey());
            if (coffee != null) {
                sum += coffee.intensity() * purchase.getValue();
                count += purchase.getValue();
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
