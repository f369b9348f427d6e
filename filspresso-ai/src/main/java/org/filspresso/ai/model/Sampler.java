package org.filspresso.ai.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.SplittableRandom;

/** Picks the next token from logits as {@link Sampling} says. Not thread-safe: one per generation. */
final class Sampler {

    private final Sampling sampling;
    private final SplittableRandom random;

    Sampler(Sampling sampling) {
        this.sampling = sampling;
        this.random = new SplittableRandom(sampling.seed());
    }

    int next(float[] logits, Collection<Long> seen) {
        float[] scores = logits.clone();
        if (sampling.repetitionPenalty() > 1) {
            for (long id : seen) {
                int i = (int) id;
                // Divide a positive score and multiply a negative one: both make the token less likely.
                scores[i] = scores[i] > 0 ? (float) (scores[i] / sampling.repetitionPenalty()) : (float) (scores[i] * sampling.repetitionPenalty());
            }
        }
        if (sampling.temperature() == 0) {
            return argmax(scores);
        }
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Float.compare(scores[b], scores[a]));
        int keep = sampling.topK() > 0 ? Math.min(sampling.topK(), scores.length) : scores.length;
        double[] probabilities = new double[keep];
        double max = scores[order[0]] / sampling.temperature();
        double total = 0;
        for (int i = 0; i < keep; i++) {
            probabilities[i] = Math.exp(scores[order[i]] / sampling.temperature() - max);
            total += probabilities[i];
        }
        // Nucleus: the smallest head of the ranking whose probability reaches top p.
        double cumulative = 0;
        int nucleus = keep;
        for (int i = 0; i < keep; i++) {
            cumulative += probabilities[i] / total;
            if (cumulative >= sampling.topP()) {
                nucleus = i + 1;
                break;
            }
        }
        double mass = 0;
        for (int i = 0; i < nucleus; i++) {
            mass += probabilities[i];
        }
        double pick = random.nextDouble() * mass;
        for (int i = 0; i < nucleus; i++) {
            pick -= probabilities[i];
            if (pick <= 0) {
                return order[i];
            }
        }
        return order[nucleus - 1];
    }

    static int argmax(float[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }
}
