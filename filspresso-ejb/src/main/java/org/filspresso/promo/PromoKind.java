package org.filspresso.promo;

/** What a promo code gives. */
public enum PromoKind {
    /** Amount is a percentage of the merchandise, 1 to 100. */
    PERCENTAGE("% off"),
    /** Amount is lei off the merchandise, never more than the merchandise. */
    FIXED_AMOUNT("lei off"),
    /** Delivery is free; amount is unused. */
    FREE_SHIPPING("free delivery");

    private final String label;

    PromoKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
