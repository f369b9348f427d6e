package org.filspresso.iot.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets handed to devices and integration clients. They are 256 random bits, so a plain SHA-256
 * is enough to store them (a slow password hash protects low-entropy human passwords, not these),
 * and it lets a device be found by its token's hash in one indexed lookup.
 */
public final class DeviceTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceTokens() {
    }

    /** A new secret with a readable prefix ("fdt_" for devices, "fak_" for API keys). */
    public static String newSecret(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a presented secret has the shape of one of ours (before hashing and looking it up). */
    public static boolean looksLike(String secret, String prefix) {
        return secret != null && secret.startsWith(prefix) && secret.length() <= 100;
    }

    /** The token a device presents: {@code Authorization: Bearer …}, else {@code X-Device-Token: …}; null when neither. */
    public static String presented(String authorization, String deviceTokenHeader) {
        return authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()).strip()
                : deviceTokenHeader;
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
