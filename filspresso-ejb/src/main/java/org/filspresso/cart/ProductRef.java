package org.filspresso.cart;

import java.util.Locale;
import java.util.Optional;

/** Names one product across both catalog tables, e.g. {@code coffee-12} in forms and links. */
public record ProductRef(ProductKind kind, long id) implements Comparable<ProductRef> {

    public static ProductRef coffee(long id) {
        return new ProductRef(ProductKind.COFFEE, id);
    }

    public static ProductRef machine(long id) {
        return new ProductRef(ProductKind.MACHINE, id);
    }

    public static Optional<ProductRef> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int dash = text.lastIndexOf('-');
        if (dash <= 0) {
            return Optional.empty();
        }
        try {
            ProductKind kind = ProductKind.valueOf(text.substring(0, dash).toUpperCase(Locale.ROOT));
            long id = Long.parseLong(text.substring(dash + 1));
            return id > 0 ? Optional.of(new ProductRef(kind, id)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + "-" + id;
    }

    /** Locks are taken in this order so that two checkouts never wait on each other in a circle. */
    @Override
    public int compareTo(ProductRef other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : Long.compare(id, other.id);
    }
}
