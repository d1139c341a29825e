package dev.warden.domain.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stored form of a random bearer secret (refresh, verification, reset, legacy tokens): SHA-256 in hex.
 * The secrets carry 160 to 256 random bits, so a fast unsalted hash is enough; a database leak reveals no usable token.
 */
public final class TokenDigest {
    private TokenDigest() {}

    public static String of(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
