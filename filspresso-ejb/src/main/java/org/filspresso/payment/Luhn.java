package org.filspresso.payment;

/** The check-digit test every card number passes; catches most typos before anything is sent to a processor. */
public final class Luhn {

    private Luhn() {
    }

    /** True when {@code digits} is 12 to 19 ASCII digits whose Luhn checksum is a multiple of 10. */
    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{12,19}")) {
            return false;
        }
        int sum = 0;
        boolean doubleThisDigit = false; // the rightmost digit (the check digit) is not doubled
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubleThisDigit) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9; // same as adding the two digits of the product
                }
            }
            sum += digit;
            doubleThisDigit = !doubleThisDigit;
        }
        return sum % 10 == 0;
    }
}
