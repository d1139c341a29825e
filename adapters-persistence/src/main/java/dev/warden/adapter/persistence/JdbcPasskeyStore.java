package dev.warden.adapter.persistence;

import dev.warden.application.passkey.port.out.PasskeyStore;
import dev.warden.domain.passkey.Passkey;
import dev.warden.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Passkeys in the database; the unique index on the credential id decides between concurrent registrations. */
@Singleton
@TranslatesDatabaseFailures
public class JdbcPasskeyStore implements PasskeyStore {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final PasskeyRowRepository rows;

    JdbcPasskeyStore(PasskeyRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public boolean add(Passkey passkey) {
        try {
            rows.save(new PasskeyRow(passkey.id(), passkey.userId().value(), encode(passkey.credentialId()),
                    passkey.name(), encode(passkey.credentialData()), passkey.signCount(),
                    String.join(",", passkey.transports()), passkey.backupEligible(), passkey.backedUp(),
                    passkey.createdAt(), passkey.lastUsedAt().orElse(null)));
            return true;
        } catch (RuntimeException e) {
            if (UniqueViolation.of(e).isEmpty()) {
                throw e;
            }
            return false;
        }
    }

    @Override
    public List<Passkey> listByUser(UserId userId) {
        return rows.listOfUser(userId.value()).stream().map(JdbcPasskeyStore::passkey).toList();
    }

    @Override
    public Optional<Passkey> findByCredentialId(byte[] credentialId) {
        return rows.findByCredentialId(encode(credentialId)).map(JdbcPasskeyStore::passkey);
    }

    @Override
    public boolean advanceCounter(UUID id, long expectedCount, long newCount, Instant usedAt) {
        return rows.advanceCounter(id, expectedCount, newCount, usedAt) == 1;
    }

    @Override
    public boolean delete(UserId userId, UUID id) {
        return rows.deleteOfUser(id, userId.value()) == 1;
    }

    @Override
    public void deleteAllOf(UserId userId) {
        rows.deleteAllOfUser(userId.value());
    }

    private static Passkey passkey(PasskeyRow row) {
        var transports = row.transports().isEmpty() ? List.<String>of() : Arrays.asList(row.transports().split(","));
        return new Passkey(row.id(), new UserId(row.userId()), DECODER.decode(row.credentialId()), row.name(),
                DECODER.decode(row.credentialData()), row.signCount(), transports, row.backupEligible(),
                row.backedUp(), row.createdAt(), Optional.ofNullable(row.lastUsedAt()));
    }

    private static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }
}
