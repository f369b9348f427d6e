package org.filspresso.catalog;

public enum Roast {
    LIGHT("Light"),
    MEDIUM_LIGHT("Medium-light"),
    MEDIUM("Medium"),
    MEDIUM_DARK("Medium-dark"),
    DARK("Dark");

    private final String label;

    Roast(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
