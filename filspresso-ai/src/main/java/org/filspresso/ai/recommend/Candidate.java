package org.filspresso.ai.recommend;

import java.util.List;
import java.util.Set;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.CupSize;

/**
 * A coffee as the recommender sees it.
 *
 * @param notes      its aromatic notes, the most characteristic first
 * @param popularity how many times customers ordered it (a tie-breaker, and the baseline's only signal)
 */
public record Candidate(long id, CapsuleSystem system, String slug, String name, int intensity, boolean decaf, List<String> notes,
                        String roast, List<CupSize> cupSizes, String tastingNotes, int popularity) {

    /** Large Vertuo cups hold more coffee, so more caffeine, whatever the intensity. */
    private static final Set<CupSize> LARGE_CUPS = Set.of(CupSize.GRAN_LUNGO, CupSize.MUG, CupSize.ALTO, CupSize.CARAFE);

    /** Caffeinated and either intense (8 and above) or made only for large cups. */
    public boolean highCaffeine() {
        return !decaf && (intensity >= 8 || (!cupSizes.isEmpty() && LARGE_CUPS.containsAll(cupSizes)));
    }
}
