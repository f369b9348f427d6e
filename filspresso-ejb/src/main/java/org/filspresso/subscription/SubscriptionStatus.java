package org.filspresso.subscription;

public enum SubscriptionStatus {
    ACTIVE("Active"),
    PAUSED("Paused"),
    CANCELLED("Cancelled");

    private final String label;

    SubscriptionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
