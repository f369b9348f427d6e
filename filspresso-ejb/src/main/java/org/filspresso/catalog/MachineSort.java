package org.filspresso.catalog;

import java.util.Comparator;

public enum MachineSort {
    NAME("Name", Comparator.comparing(Machine::name, String.CASE_INSENSITIVE_ORDER)),
    PRICE("Price: low to high", Comparator.comparing(Machine::priceRon)),
    PRICE_DESC("Price: high to low", Comparator.comparing(Machine::priceRon).reversed());

    private final String label;
    private final Comparator<Machine> order;

    MachineSort(String label, Comparator<Machine> primary) {
        this.label = label;
        this.order = primary.thenComparing(Machine::slug);
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    Comparator<Machine> order() {
        return order;
    }
}
