package org.filspresso.account;

/**
 * The PBKDF2 parameters for new password hashes, shared by the account service (which hashes)
 * and the identity store definition (which verifies). OWASP's 2023 guidance for
 * PBKDF2-HMAC-SHA512 is 210 000 iterations; the salt is 32 random bytes per password.
 * A stored hash records its own parameters, so raising them later leaves old hashes valid.
 */
public final class PasswordHashing {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=64";

    private PasswordHashing() {
    }

    /** The parameters as the map that {@code Pbkdf2PasswordHash.initialize} takes. */
    public static java.util.Map<String, String> parameters() {
        java.util.Map<String, String> parameters = new java.util.HashMap<>();
        for (String setting : new String[] {ALGORITHM, ITERATIONS, SALT_SIZE, KEY_SIZE}) {
            String[] keyValue = setting.split("=", 2);
            parameters.put(keyValue[0], keyValue[1]);
        }
        return parameters;
    }
}
