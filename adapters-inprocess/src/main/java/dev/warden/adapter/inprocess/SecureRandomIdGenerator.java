package dev.warden.adapter.inprocess;

import dev.warden.application.shared.port.out.IdGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/** Random (version 4) UUIDs and secrets (256-bit, or of a requested size in hex), all from {@link SecureRandom}. */
public final class SecureRandomIdGenerator implements IdGenerator {
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();
    private final SecureRandom random = new SecureRandom();

    @Override
    public UUID newId() {
        return UUID.randomUUID();
    }

    @Override
    public String newSecret() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return URL_SAFE.encodeToString(bytes);
    }

    @Override
    public byte[] newBytes(int count) {
        var bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    @Override
    public String newHexSecret(int bytes) {
        if (bytes < 16) {
            throw new IllegalArgumentException("a secret needs at least 128 bits, asked for " + bytes * 8);
        }
        var secret = new byte[bytes];
        random.nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    @Override
    public String newDigits(int count) {
        return newString(count, "0123456789");
    }

    @Override
    public String newString(int count, String alphabet) {
        if (count < 1 || alphabet.isEmpty()) {
            throw new IllegalArgumentException("at least one character, from a non-empty alphabet");
        }
        var text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
