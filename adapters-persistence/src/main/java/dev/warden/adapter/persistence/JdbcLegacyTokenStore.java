package dev.warden.adapter.persistence;

import dev.warden.application.legacy.port.out.LegacyTokenStore;
import dev.warden.domain.token.LegacyToken;
import dev.warden.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
@TranslatesDatabaseFailures
public class JdbcLegacyTokenStore implements LegacyTokenStore {
    private final LegacyTokenRowRepository rows;

    JdbcLegacyTokenStore(LegacyTokenRowRepository rows) {
        this.rows = rows;
    }

    /** Drops the user's expired rows on the way, so that a user's rows are bounded by their live logins. */
    @Override
    public void add(LegacyToken token) {
        rows.deleteExpiredOfUser(token.userId().value(), token.issuedAt());
        rows.save(new LegacyTokenRow(token.id(), token.tokenHash(), token.userId().value(), token.issuedAt(),
                token.expiresAt()));
    }

    @Override
    public Optional<LegacyToken> findLive(String tokenHash, Instant now) {
        return rows.findByTokenHashAndExpiresAtGreaterThan(tokenHash, now).map(JdbcLegacyTokenStore::token);
    }

    private static LegacyToken token(LegacyTokenRow row) {
        return new LegacyToken(row.id(), row.tokenHash(), new UserId(row.userId()), row.issuedAt(), row.expiresAt());
    }

    @Override
    public List<LegacyToken> liveByUser(UserId userId, Instant now) {
        return rows.findByUserIdAndExpiresAtGreaterThanOrderByIssuedAt(userId.value(), now).stream()
                .map(JdbcLegacyTokenStore::token).toList();
    }

    @Override
    public boolean deleteById(UserId userId, UUID id) {
        return rows.deleteOfUser(userId.value(), id) > 0;
    }

    @Override
    public boolean delete(String tokenHash) {
        return rows.deleteByHash(tokenHash) > 0;
    }

    /** The expired ones first and uncounted, then the rest: what the second statement deletes was live. */
    @Override
    public int deleteAllOfUser(UserId userId, Optional<UUID> keep, Instant now) {
        rows.deleteExpiredOfUser(userId.value(), now);
        long live = keep.isPresent()
                ? rows.deleteAllOfUserExcept(userId.value(), keep.get())
                : rows.deleteAllOfUser(userId.value());
        return Math.toIntExact(live);
    }

    @Override
    public int purgeExpired(Instant now, int batch) {
        return rows.purgeExpired(now, batch);
    }
}
