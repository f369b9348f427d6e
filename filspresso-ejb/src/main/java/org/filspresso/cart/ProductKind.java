package org.filspresso.cart;

/** The two kinds of things the shop sells, each with its own limit per order line. */
public enum ProductKind {
    /** Sleeves of capsules: enough for an office, not a wholesaler. */
    COFFEE(50),
    MACHINE(3);

    private final int maxPerLine;

    ProductKind(int maxPerLine) {
        this.maxPerLine = maxPerLine;
    }

    public int maxPerLine() {
        return maxPerLine;
    }
}
