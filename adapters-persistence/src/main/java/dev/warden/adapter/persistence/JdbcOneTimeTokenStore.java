package dev.warden.adapter.persistence;

import dev.warden.application.mail.port.out.OneTimeTokenStore;
import dev.warden.domain.token.OneTimeToken;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Singleton
@TranslatesDatabaseFailures
public class JdbcOneTimeTokenStore implements OneTimeTokenStore {
    private final OneTimeTokenRowRepository rows;

    JdbcOneTimeTokenStore(OneTimeTokenRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public void add(OneTimeToken token) {
        rows.save(new OneTimeTokenRow(token.id(), token.tokenHash(), token.userId().value(), token.purpose().name(),
                token.emailKey(), token.issuedAt(), token.expiresAt(), token.usedAt().orElse(null),
                token.newEmail().map(Email::value).orElse(null), token.newEmail().map(Email::key).orElse(null)));
    }

    @Override
    public Optional<OneTimeToken> findByHash(String tokenHash) {
        return rows.findByTokenHash(tokenHash).map(row -> new OneTimeToken(row.id(), row.tokenHash(),
                new UserId(row.userId()), OneTimeToken.Purpose.valueOf(row.purpose()), row.emailKey(),
                row.issuedAt(), row.expiresAt(), Optional.ofNullable(row.usedAt()),
                Optional.ofNullable(row.newEmail()).map(value -> new Email(value, row.newEmailKey()))));
    }

    @Override
    public boolean consume(UUID id, Instant usedAt) {
        return rows.consume(id, usedAt) == 1;
    }

    @Override
    public void invalidateAll(UserId userId, OneTimeToken.Purpose purpose, Instant at) {
        rows.invalidateAll(userId.value(), purpose.name(), at);
    }

    @Override
    public int purgeExpired(Instant now, int batch) {
        return rows.purgeExpired(now, batch);
    }
}
