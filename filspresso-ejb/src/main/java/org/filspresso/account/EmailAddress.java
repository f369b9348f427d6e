package org.filspresso.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A normalised e-mail address: the key that makes accounts unique case-insensitively.
 *
 * <p>The syntax accepted is pragmatic rather than full RFC 5322: it takes what shoppers really
 * type and rejects typos (spaces, double dots, a missing top-level domain). Quoted local parts,
 * IP-literal domains and non-ASCII addresses are not accepted.
 *
 * <p>Build one with {@link #parse(String)}. The constructor only accepts a value that is already
 * normalised, such as one read back from the database.
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART_LENGTH = 64;

    /** Dot-separated runs of the characters RFC 5322 allows unquoted; so no leading, trailing or double dot. */
    private static final Pattern LOCAL_PART =
            Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

    /** Labels of letters, digits and inner hyphens (at most 63 long), ending in a letters-only top-level domain. */
    private static final Pattern DOMAIN =
            Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    public EmailAddress {
        if (value == null || !value.equals(normalise(value)) || !isValid(value)) {
            throw new IllegalArgumentException("Not a normalised e-mail address: " + value);
        }
    }

    /** The normalised address, or empty when the input does not look like an e-mail address. */
    public static Optional<EmailAddress> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String address = normalise(input);
        return isValid(address) ? Optional.of(new EmailAddress(address)) : Optional.empty();
    }

    private static String normalise(String input) {
        // Strictly the local part is case-sensitive, but no real mail provider treats it so,
        // and shoppers do not remember which capitals they typed.
        return input.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isValid(String address) {
        int at = address.indexOf('@');
        if (address.length() > MAX_LENGTH || at < 0 || at != address.lastIndexOf('@')) {
            return false;
        }
        String localPart = address.substring(0, at);
        String domain = address.substring(at + 1);
        return localPart.length() <= MAX_LOCAL_PART_LENGTH
                && LOCAL_PART.matcher(localPart).matches()
                && DOMAIN.matcher(domain).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
