package dev.warden.adapter.persistence;

import dev.warden.application.token.port.out.RefreshTokenStore;
import dev.warden.domain.session.ClientInfo;
import dev.warden.domain.token.RefreshToken;
import dev.warden.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
@TranslatesDatabaseFailures
public class JdbcRefreshTokenStore implements RefreshTokenStore {
    private final RefreshTokenRowRepository rows;

    JdbcRefreshTokenStore(RefreshTokenRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public void add(RefreshToken token) {
        rows.save(new RefreshTokenRow(token.id(), token.familyId(), token.userId().value(), token.tokenHash(),
                token.issuedAt(), token.expiresAt(), token.usedAt().orElse(null), token.revokedAt().orElse(null),
                token.accessTokenId(), token.accessExpiresAt(), token.familyStartedAt(), token.client().userAgent(),
                token.client().address()));
    }

    @Override
    public Optional<RefreshToken> findByHash(String tokenHash) {
        return rows.findByTokenHash(tokenHash).map(JdbcRefreshTokenStore::toToken);
    }

    @Override
    public Optional<RefreshToken> findByAccessTokenId(String accessTokenId) {
        return rows.findByAccessTokenId(accessTokenId).map(JdbcRefreshTokenStore::toToken);
    }

    @Override
    public List<RefreshToken> liveByUser(UserId userId, Instant now) {
        return rows.findLiveByUser(userId.value(), now).stream().map(JdbcRefreshTokenStore::toToken).toList();
    }

    @Override
    public boolean markUsed(UUID id, Instant usedAt) {
        return rows.spend(id, usedAt) == 1;
    }

    /**
     * Two statements, each committed on its own (no transaction around them): once the UPDATE is committed, a
     * refresh that races it sees its spent token revoked, and a successor added before it is listed after it.
     */
    @Override
    public List<RefreshToken> revokeFamily(UUID familyId, Instant revokedAt) {
        rows.revokeFamily(familyId, revokedAt);
        return rows.findByFamilyId(familyId).stream().map(JdbcRefreshTokenStore::toToken).toList();
    }

    private static RefreshToken toToken(RefreshTokenRow row) {
        return new RefreshToken(row.id(), row.familyId(), new UserId(row.userId()), row.tokenHash(), row.issuedAt(),
                row.expiresAt(), Optional.ofNullable(row.usedAt()), Optional.ofNullable(row.revokedAt()),
                row.accessTokenId(), row.accessExpiresAt(), row.familyStartedAt(),
                new ClientInfo(row.userAgent(), row.clientAddress()));
    }

    @Override
    public int purgeExpired(Instant now, int batch) {
        // two statements: H2 cannot delete from the table a NOT EXISTS on the same table reads
        var ids = rows.findDeadFamilyTokens(now, batch);
        return ids.isEmpty() ? 0 : rows.deleteByIds(ids);
    }
}
