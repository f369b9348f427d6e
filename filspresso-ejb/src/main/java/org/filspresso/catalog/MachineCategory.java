package org.filspresso.catalog;

import java.util.Locale;

public enum MachineCategory {
    MACHINE("Espresso machine"),
    MACHINE_WITH_MILK("Machine with milk"),
    BUNDLE("Bundle");

    private final String label;

    MachineCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
