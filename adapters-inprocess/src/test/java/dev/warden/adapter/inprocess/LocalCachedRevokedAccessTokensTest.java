package dev.warden.adapter.inprocess;

import static dev.warden.application.account.port.out.TestUsers.storedIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.adapter.memory.InMemoryRevokedAccessTokens;
import dev.warden.adapter.memory.InMemoryUserRepository;
import dev.warden.application.token.port.out.RevokedAccessTokens;
import dev.warden.application.token.port.out.RevokedAccessTokensContract;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LocalCachedRevokedAccessTokensTest extends RevokedAccessTokensContract {
    private static final Instant NOW = Instant.parse("2026-01-15T10:30:00Z");

    private final InMemoryRevokedAccessTokens durable = new InMemoryRevokedAccessTokens();
    private final LocalCachedRevokedAccessTokens cached = new LocalCachedRevokedAccessTokens(durable, () -> NOW);
    private final InMemoryUserRepository users = new InMemoryUserRepository();

    @Override
    protected RevokedAccessTokens revocations() {
        return cached;
    }

    @Override
    protected UserId storedUser() {
        return storedIn(users, "owner").id();
    }

    @Test
    void revocationsStoredBeforeTheCacheExistedAreSeen() {
        var earlier = UUID.randomUUID().toString();
        durable.revoke(earlier, storedUser(), NOW.plusSeconds(600));

        var fresh = new LocalCachedRevokedAccessTokens(durable, () -> NOW);

        assertThat(fresh.isRevoked(earlier)).isTrue();
        assertThat(fresh.isRevoked(UUID.randomUUID().toString())).isFalse();
    }

    @Test
    void aRevocationMadeThroughTheCacheIsDurable() {
        var token = UUID.randomUUID().toString();

        cached.revoke(token, storedUser(), NOW.plusSeconds(600));

        assertThat(durable.isRevoked(token)).isTrue();
        assertThat(new LocalCachedRevokedAccessTokens(durable, () -> NOW).isRevoked(token)).isTrue();
    }

    @Test
    void checksAfterTheFirstAskNothingOfTheDurableStore() {
        var token = UUID.randomUUID().toString();
        cached.revoke(token, storedUser(), NOW.plusSeconds(600));
        assertThat(cached.isRevoked(token)).isTrue();

        // revoked behind the cache's back (what only another writer could do): not seen, by design
        var behind = UUID.randomUUID().toString();
        durable.revoke(behind, storedUser(), NOW.plusSeconds(600));

        assertThat(cached.isRevoked(behind)).isFalse();
    }
}
