package dev.warden.application.passkey.port.out;

import dev.warden.domain.passkey.Passkey;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Users' passkeys; a credential id is registered once across all users. */
public interface PasskeyStore {

    /** Stores a new passkey; false, storing nothing, when its credential id is already registered (even concurrently). */
    boolean add(Passkey passkey);

    /** The user's passkeys, oldest first. */
    List<Passkey> listByUser(UserId userId);

    Optional<Passkey> findByCredentialId(byte[] credentialId);

    /**
     * Records a sign-in with the passkey: its counter becomes {@code newCount} and its last use {@code usedAt}, only
     * if the counter is still {@code expectedCount}; false, changing nothing, otherwise (another sign-in with it got
     * there first) or when there is no such passkey.
     */
    boolean advanceCounter(UUID id, long expectedCount, long newCount, Instant usedAt);

    /** Deletes the user's passkey with that id; false when the user has none such (another user's stays). */
    boolean delete(UserId userId, UUID id);

    /** Deletes every passkey of the user. */
    void deleteAllOf(UserId userId);
}
