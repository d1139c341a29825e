package dev.warden.domain.mfa;

import dev.warden.domain.session.ClientInfo;
import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A login that proved its first factor and waits for the second: answered with an {@code mfa_token} instead of
 * credentials. Only the token's hash is stored. It lives five minutes, works once, and dies after five wrong codes.
 * It remembers what the way in would have issued ({@link Purpose}) and the client, so that the second factor
 * finishes exactly that login.
 */
public record MfaChallenge(String tokenHash, UserId userId, Purpose purpose, ClientInfo client, Instant expiresAt,
                           int attempts) {
    public static final Duration TTL = Duration.ofMinutes(5);
    public static final int MAX_ATTEMPTS = 5;

    /** What the login that was stopped would have issued. */
    public enum Purpose {
        /** An access and refresh token pair (/login, /token, OTP, OAuth, HTTP Basic). */
        TOKENS,
        /** A server-side session behind a cookie (/session/login). */
        SESSION,
        /** A legacy API token (/auth/login of seed 001). */
        LEGACY_TOKEN
    }

    public MfaChallenge {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static MfaChallenge issue(String token, UserId userId, Purpose purpose, ClientInfo client, Instant now) {
        return new MfaChallenge(hashOf(token), userId, purpose, client, now.plus(TTL), 0);
    }

    public static String hashOf(String token) {
        return TokenDigest.of(token);
    }

    /** Whether another attempt may be made at {@code now}. */
    public boolean usableAt(Instant now) {
        return now.isBefore(expiresAt) && attempts < MAX_ATTEMPTS;
    }

    public MfaChallenge withAttempt() {
        return new MfaChallenge(tokenHash, userId, purpose, client, expiresAt, attempts + 1);
    }

    @Override
    public String toString() {
        return "MfaChallenge[" + userId + ", " + purpose + ", until " + expiresAt + ", attempts " + attempts + "]";
    }
}
