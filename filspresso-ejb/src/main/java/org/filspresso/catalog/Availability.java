package org.filspresso.catalog;

/** What a shopper is told about stock; exact counts stay in the back office. */
public enum Availability {
    IN_STOCK("In stock"),
    LOW_STOCK("Only a few left"),
    OUT_OF_STOCK("Out of stock");

    static final int LOW_STOCK_THRESHOLD = 10;

    private final String label;

    Availability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Availability of(int stock) {
        if (stock <= 0) {
            return OUT_OF_STOCK;
        }
        return stock < LOW_STOCK_THRESHOLD ? LOW_STOCK : IN_STOCK;
    }
}
