package dev.warden.adapter.persistence;

import dev.warden.application.signingkey.port.out.SigningKey;
import dev.warden.application.signingkey.port.out.SigningKeyStore;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.Base64;
import java.util.List;

/** Signing keys in {@code signing_keys}; one key per algorithm and generation (a unique index decides races). */
@Singleton
@TranslatesDatabaseFailures
public class JdbcSigningKeyStore implements SigningKeyStore {
    private final SigningKeyRowRepository rows;

    JdbcSigningKeyStore(SigningKeyRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public List<SigningKey> keys(String algorithm) {
        return rows.findByAlgorithmOrderByGeneration(algorithm).stream().map(JdbcSigningKeyStore::toKey).toList();
    }

    @Override
    public SigningKey addIfAbsent(SigningKey candidate) {
        try {
            var encoder = Base64.getEncoder();
            rows.save(new SigningKeyRow(candidate.keyId(), candidate.algorithm(), candidate.generation(),
                    encoder.encodeToString(candidate.privateKey()), candidate.sealed(),
                    encoder.encodeToString(candidate.publicKey()), candidate.createdAt()));
            return candidate;
        } catch (DataAccessException e) {
            if (UniqueViolation.of(e).isEmpty()) {
                throw e;
            }
            // another instance stored a key of this generation first
            return rows.findByAlgorithmAndGeneration(candidate.algorithm(), candidate.generation())
                    .map(JdbcSigningKeyStore::toKey).orElseThrow(() -> e);
        }
    }

    @Override
    public boolean seal(String keyId, byte[] sealedPrivateKey) {
        return rows.seal(keyId, Base64.getEncoder().encodeToString(sealedPrivateKey)) == 1;
    }

    @Override
    public void remove(String keyId) {
        rows.deleteById(keyId);
    }

    private static SigningKey toKey(SigningKeyRow row) {
        var decoder = Base64.getDecoder();
        return new SigningKey(row.keyId(), row.algorithm(), row.generation(), decoder.decode(row.privateKey()),
                row.sealed(), decoder.decode(row.publicKey()), row.createdAt());
    }
}
