package dev.warden.domain.token;

import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A token of the legacy API (seed 001): an opaque secret sent as {@code Authorization: Token <hex>}, valid for a
 * fixed lifetime from its issue (no rolling, no refresh). Only the hash of the secret is kept ({@code tokenHash});
 * {@code id} is the handle by which the request it authenticated is told apart from the user's other tokens.
 */
public record LegacyToken(UUID id, String tokenHash, UserId userId, Instant issuedAt, Instant expiresAt) {
    /** 160 random bits, written as 40 lowercase hex characters: the shape of the seed's tokens. */
    public static final int SECRET_BYTES = 20;
    private static final Pattern SECRET_SHAPE = Pattern.compile("[0-9a-f]{" + SECRET_BYTES * 2 + "}");

    public LegacyToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static LegacyToken issue(UUID id, String tokenHash, UserId userId, Instant now, Duration lifetime) {
        return new LegacyToken(id, tokenHash, userId, now, now.plus(lifetime));
    }

    /** Whether a presented secret has the shape of one we issue; anything else cannot be a token of ours. */
    public static boolean isWellFormedSecret(String secret) {
        return secret != null && SECRET_SHAPE.matcher(secret).matches();
    }

    /** Usable at {@code now}: before its expiry, which is the first instant it no longer works. */
    public boolean isLiveAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
