package org.filspresso.catalog;

import java.util.Locale;

/**
 * A cup a coffee is made for, or a drink a machine makes. Capsule sizes a machine brews by itself
 * have a canonical {@link CapsuleVolume} per system; the others are drinks made with milk or ice,
 * whose size depends on the recipe.
 */
public enum CupSize {
    RISTRETTO("Ristretto"),
    ESPRESSO("Espresso"),
    DOUBLE_ESPRESSO("Double Espresso"),
    LUNGO("Lungo"),
    GRAN_LUNGO("Gran Lungo"),
    MUG("Mug"),
    ALTO("Alto"),
    CARAFE("Carafe"),
    CAPPUCCINO("Cappuccino"),
    CAFFE_LATTE("Caffè Latte"),
    LATTE_MACCHIATO("Latte Macchiato"),
    FLAT_WHITE("Flat White"),
    REVERSO("Reverso"),
    COLD_BREW("Cold Brew"),
    MILK_FOAM("Milk Foam"),
    HOT_MILK("Hot Milk");

    private final String label;

    CupSize(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The lower-case name used in URLs and the JSON API, e.g. {@code double_espresso}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
