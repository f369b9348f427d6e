package org.filspresso.ai.recommend;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.CapsuleVolumes;
import org.filspresso.catalog.CupSize;

/**
 * How to brew a recommended coffee and what to eat with it. The recipe uses the IoT contract's
 * fields, so it can be sent to a paired machine as it is.
 *
 * @param temperatureC darker roasts extract more readily, so they brew cooler (89 °C for dark), lighter ones
 *                     hotter (93 °C for light)
 */
public record Serving(CupSize cup, int volumeMl, int temperatureC, int preInfusionMs, String pairing) {

    /** Pairing by the first of the coffee's notes that has one, in the coffee's own order. */
    private static final Map<String, String> PAIRINGS = Map.ofEntries(
            Map.entry("cocoa", "a square of 70 % dark chocolate"),
            Map.entry("caramel", "salted caramel shortbread"),
            Map.entry("fruity", "a berry tart"),
            Map.entry("berry", "a raspberry financier"),
            Map.entry("citrus", "a lemon madeleine"),
            Map.entry("winey", "dark cherries or a plum cake"),
            Map.entry("nutty", "an almond croissant"),
            Map.entry("hazelnut", "a hazelnut biscotto"),
            Map.entry("almond", "an almond croissant"),
            Map.entry("biscuit", "butter biscuits"),
            Map.entry("cereal", "an oat flapjack"),
            Map.entry("malty", "a slice of brioche"),
            Map.entry("floral", "a honey and lavender cake"),
            Map.entry("honey", "baklava"),
            Map.entry("spicy", "gingerbread"),
            Map.entry("woody", "a cinnamon roll"),
            Map.entry("vanilla", "a vanilla panna cotta"),
            Map.entry("creamy", "a custard tart"),
            Map.entry("roasted", "dark chocolate with sea salt"),
            Map.entry("smoky", "dark chocolate with sea salt"),
            Map.entry("earthy", "a walnut brownie"),
            Map.entry("intense", "a square of 85 % dark chocolate"),
            Map.entry("sweet", "a butter croissant"));
    private static final String ANY_PAIRING = "a butter croissant";

    /** The coffee's own cup sizes in order of preference: the classic short cups first. */
    private static final List<CupSize> PREFERRED = List.of(CupSize.ESPRESSO, CupSize.LUNGO, CupSize.RISTRETTO, CupSize.DOUBLE_ESPRESSO,
            CupSize.GRAN_LUNGO, CupSize.MUG, CupSize.ALTO);

    public static Optional<Serving> of(Candidate coffee, CapsuleVolumes volumes) {
        Optional<CupSize> cup = PREFERRED.stream().filter(coffee.cupSizes()::contains)
                .filter(size -> volumes.volumeMl(coffee.system(), size).isPresent()).findFirst();
        return cup.map(size -> new Serving(size, volumes.volumeMl(coffee.system(), size).getAsInt(), temperature(coffee.roast()),
                coffee.system() == CapsuleSystem.ORIGINAL ? 1000 : 500, pairing(coffee.notes())));
    }

    static int temperature(String roast) {
        return switch (roast == null ? "" : roast.toLowerCase(Locale.ROOT)) {
            case "dark" -> 89;
            case "medium-dark" -> 90;
            case "medium" -> 91;
            case "medium-light" -> 92;
            case "light" -> 93;
            default -> 91;
        };
    }

    static String pairing(List<String> notes) {
        return notes.stream().map(PAIRINGS::get).filter(p -> p != null).findFirst().orElse(ANY_PAIRING);
    }
}
