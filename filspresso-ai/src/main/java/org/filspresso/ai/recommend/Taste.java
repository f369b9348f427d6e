package org.filspresso.ai.recommend;

import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import org.filspresso.catalog.CapsuleSystem;

/**
 * What the recommender knows of a person: the capsule systems of their machines (empty: not known,
 * both), what they said they like, what they bought, and the time of day.
 *
 * @param purchases  coffee id to the number of orders it was in
 * @param askedFor   words of the request that change the rules ("strong" in the evening, "new")
 */
public record Taste(Set<CapsuleSystem> systems, Integer intensityMin, Integer intensityMax, Set<String> likedNotes,
                    boolean prefersDecaf, Map<Long, Integer> purchases, Set<Request> askedFor, LocalTime time) {

    public enum Request { STRONG, MILD, DECAF, SOMETHING_NEW }

    /** From this hour decaf is suggested first; from {@link #LATE} nothing high in caffeine unless asked. */
    public static final LocalTime EVENING = LocalTime.of(18, 0);
    public static final LocalTime LATE = LocalTime.of(20, 0);
    /** Until this hour it is still "late" (a night owl at 2 am). */
    public static final LocalTime MORNING = LocalTime.of(5, 0);

    boolean evening() {
        return !time.isBefore(EVENING) || time.isBefore(MORNING);
    }

    boolean late() {
        return !time.isBefore(LATE) || time.isBefore(MORNING);
    }
}
