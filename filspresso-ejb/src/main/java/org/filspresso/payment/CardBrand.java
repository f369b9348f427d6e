package org.filspresso.payment;

import java.util.Optional;

/** The card networks the shop accepts. */
public enum CardBrand {
    VISA("Visa"),
    MASTERCARD("Mastercard"),
    AMEX("American Express"),
    DISCOVER("Discover");

    private final String displayName;

    CardBrand(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** American Express prints a 4-digit code on the front; the others a 3-digit code on the back. */
    public int cvcLength() {
        return this == AMEX ? 4 : 3;
    }

    /**
     * Recognises the network from the first digits of the number (its IIN prefix). Only the prefix is
     * looked at; length and check digit are {@link Luhn}'s job.
     */
    public static Optional<CardBrand> detect(String digits) {
        if (digits == null || !digits.matches("\\d+")) {
            return Optional.empty();
        }
        int firstTwo = leadingNumber(digits, 2);
        int firstThree = leadingNumber(digits, 3);
        int firstFour = leadingNumber(digits, 4);
        if (digits.startsWith("4")) {
            return Optional.of(VISA);
        }
        if (between(firstTwo, 51, 55) || between(firstFour, 2221, 2720)) {
            return Optional.of(MASTERCARD);
        }
        if (firstTwo == 34 || firstTwo == 37) {
            return Optional.of(AMEX);
        }
        if (firstFour == 6011 || between(firstThree, 644, 649) || firstTwo == 65) {
            return Optional.of(DISCOVER);
        }
        return Optional.empty();
    }

    /** The first {@code count} digits as a number, or -1 when the input is shorter (so no range matches). */
    private static int leadingNumber(String digits, int count) {
        return digits.length() < count ? -1 : Integer.parseInt(digits.substring(0, count));
    }

    private static boolean between(int value, int lowest, int highest) {
        return value >= lowest && value <= highest;
    }
}
