package dev.warden.adapter.persistence;

import dev.warden.application.port.out.SigningKey;
import dev.warden.application.port.out.SigningKeyStore;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.Base64;
import java.util.Optional;

@Singleton
@TranslatesDatabaseFailures
public class JdbcSigningKeyStore implements SigningKeyStore {
    private final SigningKeyRowRepository rows;

    JdbcSigningKeyStore(SigningKeyRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public Optional<SigningKey> current(String algorithm) {
        return rows.findByAlgorithm(algorithm).map(JdbcSigningKeyStore::toKey);
    }

    @Override
    public SigningKey addIfAbsent(SigningKey candidate) {
        try {
            var encoder = Base64.getEncoder();
            rows.save(new SigningKeyRow(candidate.keyId(), candidate.algorithm(),
                    encoder.encodeToString(candidate.privateKey()), encoder.encodeToString(candidate.publicKey()),
                    candidate.createdAt()));
            return candidate;
        } catch (DataAccessException e) {
            if (UniqueViolation.of(e).isEmpty()) {
                throw e;
            }
            return current(candidate.algorithm()).orElseThrow(() -> e); // another instance stored its key first
        }
    }

    private static SigningKey toKey(SigningKeyRow row) {
        var decoder = Base64.getDecoder();
        return new SigningKey(row.keyId(), row.algorithm(), decoder.decode(row.privateKey()),
                decoder.decode(row.publicKey()), row.createdAt());
    }
}
