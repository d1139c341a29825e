package dev.warden.domain.passkey;

import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A user's WebAuthn credential (a passkey). {@code credentialId} is the authenticator's id of it;
 * {@code credentialData} is its attested credential data as the authenticator sent it (AAGUID, credential id and
 * COSE public key), opaque here and read back only by the verifier; it holds no secret. {@code signCount} is the
 * last signature counter seen (see {@link SignCounter}); the backup flags are those of registration, which later
 * assertions must agree with.
 */
public record Passkey(UUID id, UserId userId, byte[] credentialId, String name, byte[] credentialData, long signCount,
                      List<String> transports, boolean backupEligible, boolean backedUp, Instant createdAt,
                      Optional<Instant> lastUsedAt) {
    /** The longest name a user may give a passkey. */
    public static final int MAX_NAME_LENGTH = 64;
    /** Passkeys one account may hold: enough for every device of a person, and a bound on what one account stores. */
    public static final int MAX_PER_USER = 20;
    /** The name of a passkey registered without one. */
    public static final String DEFAULT_NAME = "Passkey";

    public Passkey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(credentialData, "credentialData");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        if (credentialId.length == 0) {
            throw new IllegalArgumentException("a credential id has at least one byte");
        }
        if (signCount < 0 || signCount > SignCounter.MAX) {
            throw new IllegalArgumentException("a signature counter is an unsigned 32-bit number");
        }
        credentialId = credentialId.clone();
        credentialData = credentialData.clone();
        transports = List.copyOf(transports);
    }

    /** A new passkey, never used for a sign-in yet. */
    public static Passkey registered(UUID id, UserId userId, byte[] credentialId, String name, byte[] credentialData,
                                     long signCount, List<String> transports, boolean backupEligible,
                                     boolean backedUp, Instant now) {
        return new Passkey(id, userId, credentialId, name, credentialData, signCount, transports, backupEligible,
                backedUp, now, Optional.empty());
    }

    @Override
    public byte[] credentialId() {
        return credentialId.clone();
    }

    @Override
    public byte[] credentialData() {
        return credentialData.clone();
    }

    /** The user handle the passkey's authenticator holds for its user: the user id's 16 bytes. */
    public byte[] userHandle() {
        return UserHandle.of(userId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Passkey that && id.equals(that.id) && userId.equals(that.userId)
                && Arrays.equals(credentialId, that.credentialId) && name.equals(that.name)
                && Arrays.equals(credentialData, that.credentialData) && signCount == that.signCount
                && transports.equals(that.transports) && backupEligible == that.backupEligible
                && backedUp == that.backedUp && createdAt.equals(that.createdAt) && lastUsedAt.equals(that.lastUsedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, userId, Arrays.hashCode(credentialId), name, signCount, createdAt, lastUsedAt);
    }

    @Override
    public String toString() {
        return "Passkey[" + id + ", " + userId + ", " + name + ", counter " + signCount + "]";
    }
}
