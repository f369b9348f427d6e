package org.filspresso.ai.assistant;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** "What coffee should I try?" and its kin: questions the recommender answers rather than the knowledge base. */
public final class RecommendationQuestions {

    private static final String COFFEE = "(coffee|capsule|pod|blend|espresso|lungo|ristretto|decaf)s?";
    private static final Pattern ASKED = Pattern.compile(
            "\\b(recommend|suggest)\\w*\\b"
                    + "|\\bwhat\\s+(" + COFFEE + "\\s+)?(should|could|would|can|do you think)\\s+i\\s+(try|buy|drink|have|order|get)\\b"
                    + "|\\bwhich\\s+" + COFFEE + "\\b.*\\b(try|buy|get|drink|order|pick|choose)\\b"
                    + "|\\b(something|a coffee|one)\\s+(new\\s+)?to\\s+try\\b");
    /** Recommendations of a method, a machine or a setting are questions for the knowledge base. */
    private static final Pattern NOT_A_COFFEE = Pattern.compile(
            "\\b(machines?|grind\\w*|grinders?|temperatures?|ratios?|water|methods?|descal\\w*|settings?|recipes? for)\\b");

    /** Times of day a question may name, for the recommender's caffeine rules ("something for tonight"). */
    private static final Map<Pattern, LocalTime> TIMES = Map.of(
            Pattern.compile("\\b(morning|breakfast|wake me up)\\b"), LocalTime.of(8, 30),
            Pattern.compile("\\b(afternoon|lunch)\\b"), LocalTime.of(15, 0),
            Pattern.compile("\\b(evening|dinner)\\b"), LocalTime.of(19, 30),
            Pattern.compile("\\b(tonight|night|before bed|bedtime)\\b"), LocalTime.of(21, 30));

    private RecommendationQuestions() {
    }

    /** The time of day the question speaks of, if it names one. */
    public static Optional<LocalTime> statedTime(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        return TIMES.entrySet().stream().filter(time -> time.getKey().matcher(lower).find()).map(Map.Entry::getValue)
                .max(LocalTime::compareTo);
    }

    public static boolean isAsked(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        return ASKED.matcher(lower).find() && !NOT_A_COFFEE.matcher(lower).find();
    }
}
