package org.filspresso.catalog;

public enum MilkSystem {
    NONE("None"),
    AEROCCINO("Aeroccino frother"),
    INTEGRATED("Integrated milk system");

    private final String label;

    MilkSystem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
