package dev.warden.adapter.persistence;

import dev.warden.application.mail.port.out.SignInCodeStore;
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

    /** Drops the expired codes on the way (an indexed delete), so that the table holds only live ones. */
    @Override
    public void add(SignInCode code) {
        rows.deleteExpired(code.issuedAt());
        rows.save(new SignInCodeRow(code.id(), code.nonceHash(), code.codeHash(), code.email(), code.issuedAt(),
                code.expiresAt(), code.attempts(), code.usedAt().orElse(null)));
    }

    @Override
    public Optional<SignInCode> claimAttempt(String nonceHash, Instant now) {
        if (rows.claimAttempt(nonceHash, now, SignInCode.MAX_ATTEMPTS) != 1) {
            return Optional.empty();
        }
        return rows.findByNonceHash(nonceHash).map(row -> new SignInCode(row.id(), row.nonceHash(), row.codeHash(),
                row.email(), row.issuedAt(), row.expiresAt(), row.attempts(), Optional.ofNullable(row.usedAt())));
    }

    @Override
    public boolean consume(UUID id, Instant usedAt) {
        return rows.consume(id, usedAt) == 1;
    }

    @Override
    public int purgeExpired(Instant now, int batch) {
        return rows.purgeExpired(now, batch);
    }
}
