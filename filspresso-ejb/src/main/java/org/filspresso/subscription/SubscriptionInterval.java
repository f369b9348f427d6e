package org.filspresso.subscription;

/** How often a subscription delivers. */
public enum SubscriptionInterval {
    WEEKLY(1, "Every week"),
    EVERY_TWO_WEEKS(2, "Every 2 weeks"),
    EVERY_FOUR_WEEKS(4, "Every 4 weeks");

    private final int weeks;
    private final String label;

    SubscriptionInterval(int weeks, String label) {
        this.weeks = weeks;
        this.label = label;
    }

    public int weeks() {
        return weeks;
    }

    public String label() {
        return label;
    }

    public static SubscriptionInterval ofWeeks(int weeks) {
        for (SubscriptionInterval interval : values()) {
            if (interval.weeks == weeks) {
                return interval;
            }
        }
        throw new IllegalArgumentException("No interval of " + weeks + " weeks");
    }
}
