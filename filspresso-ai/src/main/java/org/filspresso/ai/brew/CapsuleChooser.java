package org.filspresso.ai.brew;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.filspresso.catalog.CupSize;

/**
 * Picks the capsule for a brew: one the person named; otherwise, among the capsules made for that
 * cup size (decaf when asked for), those already in the machine's magazine, then those they have
 * ordered, then the rest of the range — the most intense first for a strong cup, the mildest for a
 * mild one, the one they order most otherwise.
 */
public final class CapsuleChooser {

    private CapsuleChooser() {
    }

    /** The choice and the reason to show the person. */
    public record Choice(CapsuleOption capsule, String why) {
    }

    public static Optional<Choice> choose(String text, BrewWishes wishes, CupSize cup, List<CapsuleOption> options) {
        String lower = text.toLowerCase(Locale.ROOT);
        Optional<CapsuleOption> named = options.stream().filter(option -> lower.contains(option.name().toLowerCase(Locale.ROOT)))
                .max(Comparator.comparingInt(option -> option.name().length()));
        if (named.isPresent()) {
            return Optional.of(new Choice(named.get(), "You asked for " + named.get().name() + "."));
        }
        List<CapsuleOption> fitting = options.stream().filter(option -> option.cupSizes().contains(cup))
                .filter(option -> !wishes.decaf() || option.decaf()).toList();
        Comparator<CapsuleOption> taste = switch (wishes.strength()) {
            case STRONG -> Comparator.comparingInt(CapsuleOption::intensity).reversed();
            case MILD -> Comparator.comparingInt(CapsuleOption::intensity);
            case ANY -> Comparator.comparingInt(CapsuleOption::timesOrdered).reversed();
        };
        Comparator<CapsuleOption> order = Comparator.comparing((CapsuleOption option) -> option.slot().isEmpty())
                .thenComparing(option -> option.timesOrdered() == 0).thenComparing(taste).thenComparing(CapsuleOption::name);
        return fitting.stream().min(order).map(capsule -> new Choice(capsule, why(capsule, wishes, cup)));
    }

    private static String why(CapsuleOption capsule, BrewWishes wishes, CupSize cup) {
        String where = capsule.slot().isPresent() ? "it is in slot " + capsule.slot().getAsInt() + " of your accessory"
                : capsule.timesOrdered() > 0 ? "you have ordered it before" : "it is made for your " + cup.label().toLowerCase(Locale.ROOT);
        String taste = switch (wishes.strength()) {
            case STRONG -> ", intensity " + capsule.intensity() + " for a strong cup";
            case MILD -> ", intensity " + capsule.intensity() + " for a mild cup";
            case ANY -> "";
        };
        return capsule.name() + (capsule.decaf() ? " (decaf)" : "") + ": " + where + taste + ".";
    }
}
