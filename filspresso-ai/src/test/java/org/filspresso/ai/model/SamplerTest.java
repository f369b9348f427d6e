package org.filspresso.ai.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SamplerTest {

    private static final float[] LOGITS = {1.0f, 3.0f, 2.5f, -1.0f, 0.5f};

    @Test
    void greedyAlwaysTakesTheLikeliestToken() {
        Sampler sampler = new Sampler(Sampling.GREEDY);
        assertThat(IntStream.range(0, 20).map(i -> sampler.next(LOGITS, List.of()))).containsOnly(1);
    }

    @Test
    void theSameSeedGivesTheSameChoices() {
        Sampling sampling = new Sampling(64, 1.0, 0, 1.0, 1.0, 42, List.of());
        Sampler one = new Sampler(sampling);
        Sampler two = new Sampler(sampling);
        int[] first = IntStream.range(0, 50).map(i -> one.next(LOGITS, List.of())).toArray();
        int[] second = IntStream.range(0, 50).map(i -> two.next(LOGITS, List.of())).toArray();
        assertThat(first).containsExactly(second);
        assertThat(IntStream.of(first).distinct().count()).as("temperature 1 explores").isGreaterThan(1);
    }

    @Test
    void topKKeepsOnlyTheKLikeliest() {
        Sampler sampler = new Sampler(new Sampling(64, 2.0, 2, 1.0, 1.0, 7, List.of()));
        Set<Integer> picked = new HashSet<>();
        IntStream.range(0, 200).forEach(i -> picked.add(sampler.next(LOGITS, List.of())));
        assertThat(picked).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void topPKeepsTheSmallestHeadReachingIt() {
        // Probabilities at temperature 1: token 1 ≈ 0.50, token 2 ≈ 0.30 — together past 0.7.
        Sampler sampler = new Sampler(new Sampling(64, 1.0, 0, 0.7, 1.0, 3, List.of()));
        Set<Integer> picked = new HashSet<>();
        IntStream.range(0, 300).forEach(i -> picked.add(sampler.next(LOGITS, List.of())));
        assertThat(picked).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void theRepetitionPenaltyTurnsAwayFromTokensAlreadySeen() {
        Sampler sampler = new Sampler(new Sampling(64, 0, 0, 1.0, 1.5, 0, List.of()));
        assertThat(sampler.next(LOGITS, List.of(1L))).isEqualTo(2); // 3.0 / 1.5 = 2.0 < 2.5
    }

    @Test
    void theRankingIsTheScoresInDescendingOrderWithTiesInIndexOrder() {
        SplittableRandom random = new SplittableRandom(11);
        float[] scores = new float[24_930];
        for (int i = 0; i < scores.length; i++) {
            // a coarse grid, so that many scores tie; negative, zero and positive ones
            scores[i] = random.nextInt(-400, 400) / 16f;
        }
        scores[5] = -0.0f;
        Integer[] expected = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(expected, (a, b) -> Float.compare(scores[b], scores[a])); // stable: ties stay in index order
        for (int k : new int[] {0, 1, 40, 256, scores.length - 1, scores.length, scores.length + 5}) {
            int kept = k == 0 ? scores.length : Math.min(k, scores.length);
            assertThat(Sampler.ranking(scores, k)).as("top %d", k)
                    .containsExactly(Arrays.stream(expected, 0, kept).mapToInt(Integer::intValue).toArray());
        }
    }

    @Test
    void impossibleSettingsAreRefused() {
        assertThatThrownBy(() -> new Sampling(0, 0, 0, 1, 1, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sampling(10, -1, 0, 1, 1, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sampling(10, 1, 0, 0, 1, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
