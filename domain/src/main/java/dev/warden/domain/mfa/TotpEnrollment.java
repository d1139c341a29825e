package dev.warden.domain.mfa;

import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's TOTP authenticator: its shared secret, sealed (encrypted and bound to the user) by the service's
 * secrets key, never stored in clear; pending until a first code proves the user's authenticator holds it,
 * enabled from then on. {@code lastUsedStep} is the time step of the last code accepted, so that none works twice.
 */
public record TotpEnrollment(UserId userId, byte[] sealedSecret, Instant createdAt, Optional<Instant> enabledAt,
                             long lastUsedStep) {
    public TotpEnrollment {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sealedSecret, "sealedSecret");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(enabledAt, "enabledAt");
        sealedSecret = sealedSecret.clone();
    }

    /** A new authenticator, not yet proved. */
    public static TotpEnrollment pending(UserId userId, byte[] sealedSecret, Instant now) {
        return new TotpEnrollment(userId, sealedSecret, now, Optional.empty(), TotpPolicy.NO_STEP);
    }

    public boolean enabled() {
        return enabledAt.isPresent();
    }

    @Override
    public byte[] sealedSecret() {
        return sealedSecret.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TotpEnrollment that && userId.equals(that.userId)
                && java.util.Arrays.equals(sealedSecret, that.sealedSecret) && createdAt.equals(that.createdAt)
                && enabledAt.equals(that.enabledAt) && lastUsedStep == that.lastUsedStep;
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, java.util.Arrays.hashCode(sealedSecret), createdAt, enabledAt, lastUsedStep);
    }

    @Override
    public String toString() {
        return "TotpEnrollment[" + userId + (enabled() ? ", enabled" : ", pending") + "]";
    }
}
