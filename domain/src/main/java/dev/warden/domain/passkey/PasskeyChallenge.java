package dev.warden.domain.passkey;

import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * A WebAuthn challenge the service handed out: 32 random bytes the authenticator signs over. It lives five
 * minutes and works once. A registration challenge belongs to the signed-in user who asked for it and is found
 * again by the challenge itself (the browser's client data carries it); a sign-in challenge is found by the
 * {@code challenge_id} given with it, and names the user when the sign-in started with a username. Only a hash of
 * what finds it is stored as its key.
 */
public record PasskeyChallenge(String key, Purpose purpose, Optional<UserId> userId, byte[] challenge,
                               Instant expiresAt) {
    public static final Duration TTL = Duration.ofMinutes(5);
    /** Bytes of randomness in a challenge (WebAuthn asks for at least 16). */
    public static final int LENGTH = 32;

    public enum Purpose {
        REGISTER,
        LOGIN
    }

    public PasskeyChallenge {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (purpose == Purpose.REGISTER && userId.isEmpty()) {
            throw new IllegalArgumentException("a registration challenge belongs to a user");
        }
        challenge = challenge.clone();
    }

    public static PasskeyChallenge forRegistration(byte[] challenge, UserId userId, Instant now) {
        return new PasskeyChallenge(registrationKey(challenge), Purpose.REGISTER, Optional.of(userId), challenge,
                now.plus(TTL));
    }

    public static PasskeyChallenge forLogin(String challengeId, byte[] challenge, Optional<UserId> userId,
                                            Instant now) {
        return new PasskeyChallenge(loginKey(challengeId), Purpose.LOGIN, userId, challenge, now.plus(TTL));
    }

    /** The key of the registration challenge whose bytes are {@code challenge}. */
    public static String registrationKey(byte[] challenge) {
        return TokenDigest.of("register:" + Base64.getUrlEncoder().withoutPadding().encodeToString(challenge));
    }

    /** The key of the sign-in challenge handed out with {@code challengeId}. */
    public static String loginKey(String challengeId) {
        return TokenDigest.of("login:" + challengeId);
    }

    public boolean usableAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    @Override
    public byte[] challenge() {
        return challenge.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PasskeyChallenge that && key.equals(that.key) && purpose == that.purpose
                && userId.equals(that.userId) && Arrays.equals(challenge, that.challenge)
                && expiresAt.equals(that.expiresAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, purpose, userId, Arrays.hashCode(challenge), expiresAt);
    }

    @Override
    public String toString() {
        return "PasskeyChallenge[" + purpose + ", " + userId + ", until " + expiresAt + "]";
    }
}
