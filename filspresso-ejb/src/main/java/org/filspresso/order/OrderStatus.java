package org.filspresso.order;

import java.util.EnumSet;
import java.util.Set;

/** Where an order is in its life. Payment is taken at checkout, so orders are normally PAID at once. */
public enum OrderStatus {
    PLACED("Placed"),
    PAID("Paid"),
    SHIPPED("Shipped"),
    DELIVERED("Delivered"),
    CANCELLED("Cancelled");

    private final String label;

    OrderStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<OrderStatus> next() {
        return switch (this) {
            case PLACED -> EnumSet.of(PAID, CANCELLED);
            case PAID -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canBecome(OrderStatus status) {
        return next().contains(status);
    }

    /** Until the parcel leaves the warehouse. */
    public boolean isCancellable() {
        return canBecome(CANCELLED);
    }
}
