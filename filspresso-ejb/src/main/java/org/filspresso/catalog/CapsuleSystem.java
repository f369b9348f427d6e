package org.filspresso.catalog;

/** The two incompatible capsule formats: a capsule only fits machines of its own system. */
public enum CapsuleSystem {
    ORIGINAL("Original"),
    VERTUO("Vertuo");

    private final String label;

    CapsuleSystem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The lower-case name used in URLs and the JSON API. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
