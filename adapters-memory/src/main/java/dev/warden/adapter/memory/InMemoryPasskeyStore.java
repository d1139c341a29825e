package dev.warden.adapter.memory;

import dev.warden.application.passkey.port.out.PasskeyStore;
import dev.warden.domain.passkey.Passkey;
import dev.warden.domain.user.UserId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Passkeys in process memory, by credential id (unique); each passkey changes atomically. */
public final class InMemoryPasskeyStore implements PasskeyStore {
    private final Map<ByteBuffer, Passkey> byCredentialId = new ConcurrentHashMap<>();

    @Override
    public boolean add(Passkey passkey) {
        return byCredentialId.putIfAbsent(key(passkey.credentialId()), passkey) == null;
    }

    @Override
    public List<Passkey> listByUser(UserId userId) {
        return byCredentialId.values().stream().filter(passkey -> passkey.userId().equals(userId))
                .sorted(Comparator.comparing(Passkey::createdAt).thenComparing(Passkey::id)).toList();
    }

    @Override
    public Optional<Passkey> findByCredentialId(byte[] credentialId) {
        return Optional.ofNullable(byCredentialId.get(key(credentialId)));
    }

    @Override
    public boolean advanceCounter(UUID id, long expectedCount, long newCount, Instant usedAt) {
        var advanced = new boolean[1];
        byId(id).ifPresent(found -> byCredentialId.computeIfPresent(key(found.credentialId()), (key, current) -> {
            if (current.signCount() != expectedCount) {
                return current;
            }
            advanced[0] = true;
            return new Passkey(current.id(), current.userId(), current.credentialId(), current.name(),
                    current.credentialData(), newCount, current.transports(), current.backupEligible(),
                    current.backedUp(), current.createdAt(), Optional.of(usedAt));
        }));
        return advanced[0];
    }

    @Override
    public boolean delete(UserId userId, UUID id) {
        return byId(id).filter(found -> found.userId().equals(userId))
                .map(found -> byCredentialId.remove(key(found.credentialId()), found)).orElse(false);
    }

    @Override
    public void deleteAllOf(UserId userId) {
        byCredentialId.values().removeIf(passkey -> passkey.userId().equals(userId));
    }

    private Optional<Passkey> byId(UUID id) {
        return byCredentialId.values().stream().filter(passkey -> passkey.id().equals(id)).findFirst();
    }

    private static ByteBuffer key(byte[] credentialId) {
        return ByteBuffer.wrap(credentialId.clone());
    }
}
