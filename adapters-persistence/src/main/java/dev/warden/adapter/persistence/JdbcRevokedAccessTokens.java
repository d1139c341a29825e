package dev.warden.adapter.persistence;

import dev.warden.application.token.port.out.RevokedAccessTokens;
import dev.warden.domain.user.UserId;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Collectors;

@Singleton
@TranslatesDatabaseFailures
public class JdbcRevokedAccessTokens implements RevokedAccessTokens {
    private final RevokedAccessTokenRowRepository rows;

    JdbcRevokedAccessTokens(RevokedAccessTokenRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public void revoke(String tokenId, UserId userId, Instant expiresAt) {
        try {
            rows.save(new RevokedAccessTokenRow(tokenId, userId.value(), expiresAt,
                    Instant.now().truncatedTo(ChronoUnit.MICROS)));
        } catch (DataAccessException e) {
            if (UniqueViolation.of(e).isEmpty()) {
                throw e;
            }
            // already revoked: nothing to add
        }
    }

    @Override
    public boolean isRevoked(String tokenId) {
        return rows.existsById(tokenId);
    }

    @Override
    public Map<String, Instant> unexpired(Instant now) {
        return rows.findByExpiresAtGreaterThan(now).stream()
                .collect(Collectors.toUnmodifiableMap(RevokedAccessTokenRow::tokenId, RevokedAccessTokenRow::expiresAt));
    }

    @Override
    public int purgeExpired(Instant now, int batch) {
        return rows.purgeExpired(now, batch);
    }
}
