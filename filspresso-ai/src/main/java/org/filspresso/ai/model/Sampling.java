package org.filspresso.ai.model;

import java.util.List;

/**
 * How to pick each next token. Temperature 0 is greedy (always the likeliest token); otherwise
 * the logits are divided by the temperature, cut to the top k and to the smallest set whose
 * probability reaches top p, and sampled with a generator seeded by {@code seed} — the same seed
 * gives the same text. A repetition penalty above 1 makes tokens already present less likely.
 */
public record Sampling(int maxTokens, double temperature, int topK, double topP, double repetitionPenalty, long seed, List<String> stop) {

    public static final Sampling GREEDY = new Sampling(128, 0, 0, 1, 1, 0, List.of());

    public Sampling {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1");
        }
        if (temperature < 0 || topK < 0 || topP <= 0 || topP > 1 || repetitionPenalty < 1) {
            throw new IllegalArgumentException("temperature ≥ 0, topK ≥ 0, 0 < topP ≤ 1, repetitionPenalty ≥ 1");
        }
        stop = List.copyOf(stop);
    }
}
