package org.filspresso.cart;

import java.util.Optional;

/** The limits of a cart line: bounded quantities, never more than the stock, only products on sale. */
public final class CartRules {

    public static final int MAX_LINES = 30;

    private CartRules() {
    }

    /** Why this quantity of this item cannot be in a cart, or empty when it can. */
    public static Optional<String> refusal(CatalogItem item, int quantity) {
        int max = item.ref().kind().maxPerLine();
        if (!item.published()) {
            return Optional.of(item.name() + " is no longer sold.");
        }
        if (quantity < 1 || quantity > max) {
            return Optional.of("Quantity of " + item.name() + " must be between 1 and " + max + ".");
        }
        if (item.stock() == 0) {
            return Optional.of(item.name() + " is out of stock.");
        }
        if (quantity > item.stock()) {
            return Optional.of("Only " + item.stock() + " of " + item.name() + " left in stock.");
        }
        return Optional.empty();
    }

    /** The most of an item a merged cart may keep: what the limits allow, never an error. */
    public static int clamp(CatalogItem item, int quantity) {
        return Math.max(0, Math.min(quantity, Math.min(item.ref().kind().maxPerLine(), item.published() ? item.stock() : 0)));
    }
}
