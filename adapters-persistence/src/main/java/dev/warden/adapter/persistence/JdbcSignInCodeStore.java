package dev.warden.adapter.persistence;

import dev.warden.application.port.out.SignInCodeStore;
import dev.warden.domain.token.SignInCode;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Singleton
@TranslatesDatabaseFailures
public class JdbcSignInCodeStore implements SignInCodeStore {
    private final SignInCodeRowRepository rows;

    JdbcSignInCodeStore(SignInCodeRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public void add(SignInCode code) {
        rows.save(new SignInCodeRow(code.id(), code.nonce(), code.codeHash(), code.email(), code.issuedAt(),
                code.expiresAt(), code.failures(), code.usedAt().orElse(null)));
    }

    @Override
    public Optional<SignInCode> findByNonce(String nonce) {
        return rows.findByNonce(nonce).map(row -> new SignInCode(row.id(), row.nonce(), row.codeHash(), row.email(),
                row.issuedAt(), row.expiresAt(), row.failures(), Optional.ofNullable(row.usedAt())));
    }

    @Override
    public void recordFailure(UUID id) {
        rows.recordFailure(id);
    }

    @Override
    public boolean consume(UUID id, Instant usedAt) {
        return rows.consume(id, usedAt) == 1;
    }
}
