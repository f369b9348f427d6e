package org.filspresso.catalog;

import java.util.Comparator;

public enum CoffeeSort {
    NAME("Name", Comparator.comparing(Coffee::name, String.CASE_INSENSITIVE_ORDER)),
    PRICE("Price: low to high", Comparator.comparing(Coffee::priceRon)),
    PRICE_DESC("Price: high to low", Comparator.comparing(Coffee::priceRon).reversed()),
    INTENSITY("Intensity: mild first", Comparator.comparing(Coffee::intensity, Comparator.nullsLast(Comparator.naturalOrder()))),
    INTENSITY_DESC("Intensity: strong first", Comparator.comparing(Coffee::intensity, Comparator.nullsLast(Comparator.reverseOrder())));

    private final String label;
    private final Comparator<Coffee> order;

    CoffeeSort(String label, Comparator<Coffee> primary) {
        this.label = label;
        // Ties are broken by name then system, so every page lists products in a stable order.
        this.order = primary.thenComparing(Coffee::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Coffee::system);
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    Comparator<Coffee> order() {
        return order;
    }
}
