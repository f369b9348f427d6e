package org.filspresso.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * NIST SP 800-63B style rules: length over composition. Rules are shown on the registration form.
 *
 * <p>There are deliberately no "one digit, one symbol" rules: they push people towards
 * {@code Password1!}. Instead a password must be long, not a well-known one, and not built from
 * the shopper's own e-mail name.
 *
 * <p>Each violation is worded exactly like the rule it breaks, so the form can tick the rules that
 * are met and highlight the ones that are not.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    static final String ENTER_A_PASSWORD = "Enter a password";
    static final String LONG_ENOUGH = "At least " + MIN_LENGTH + " characters";
    static final String NOT_TOO_LONG = "At most " + MAX_LENGTH + " characters";
    static final String NOT_COMMON = "Not a commonly used password";
    static final String NOT_ONE_REPEATED_CHARACTER = "Not the same character repeated";
    static final String NO_EMAIL_NAME = "Does not contain your email name";

    /** Shorter local parts ("ana", "jo") would reject too many innocent passwords. */
    private static final int MIN_EMAIL_NAME_LENGTH = 4;

    /**
     * Passwords that reach the minimum length yet top breach lists, plus a few a coffee shop
     * invites. Shorter favourites such as "123456" already fail the length rule. Lower case.
     */
    private static final Set<String> COMMON = Set.of(
            "password1234", "password12345", "password123456", "password123!", "passwordpassword",
            "p@ssw0rd1234", "passw0rd1234", "mypassword123", "123456789012", "1234567890123",
            "12345678901234", "123123123123", "123456123456", "987654321098", "1234567890ab",
            "1234567890qw", "1234qwerasdf", "qwertyuiopas", "qwertyuiop12", "qwertyuiop123",
            "qwerty123456", "qwertyqwerty", "asdfghjkl123", "asdfasdfasdf", "zxcvbnm12345",
            "1q2w3e4r5t6y", "1qaz2wsx3edc", "qazwsxedcrfv", "abcdefghijkl", "abc123abc123",
            "abcd1234abcd", "iloveyou1234", "iloveyou12345", "letmein12345", "letmeinplease",
            "welcome12345", "changeme1234", "admin1234567", "administrator", "trustno1trustno1",
            "football1234", "baseball1234", "sunshine1234", "princess1234", "superman1234",
            "starwars1234", "monkey123456", "dragon123456", "correcthorsebatterystaple",
            "coffeecoffee", "coffee123456", "espresso1234", "espressoespresso", "cappuccino12",
            "nespresso123", "filspresso12", "filspresso123", "filspresso1234");

    private PasswordPolicy() {
    }

    /** The rules as shown on the registration form, in display order. */
    public static List<String> rules() {
        return List.of(LONG_ENOUGH, NOT_TOO_LONG, NOT_COMMON, NOT_ONE_REPEATED_CHARACTER, NO_EMAIL_NAME);
    }

    /**
     * The rules this password breaks, worded for shoppers; empty when it is acceptable.
     *
     * @param email the address the shopper registers with; may be null or not yet valid
     */
    public static List<String> violations(String password, String email) {
        if (password == null || password.isBlank()) {
            return List.of(ENTER_A_PASSWORD);
        }
        List<String> broken = new ArrayList<>();
        // Code points, not chars: an emoji is one character to the shopper but two Java chars.
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            broken.add(LONG_ENOUGH);
        }
        if (length > MAX_LENGTH) {
            broken.add(NOT_TOO_LONG);
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            broken.add(NOT_COMMON);
        }
        if (isOneRepeatedCharacter(password)) {
            broken.add(NOT_ONE_REPEATED_CHARACTER);
        }
        if (containsEmailName(password, email)) {
            broken.add(NO_EMAIL_NAME);
        }
        return List.copyOf(broken);
    }

    private static boolean isOneRepeatedCharacter(String password) {
        return password.codePoints().distinct().count() == 1;
    }

    private static boolean containsEmailName(String password, String email) {
        if (email == null) {
            return false;
        }
        int at = email.lastIndexOf('@');
        String name = (at < 0 ? email : email.substring(0, at)).strip().toLowerCase(Locale.ROOT);
        if (name.codePointCount(0, name.length()) < MIN_EMAIL_NAME_LENGTH) {
            return false;
        }
        return password.toLowerCase(Locale.ROOT).contains(name);
    }
}
