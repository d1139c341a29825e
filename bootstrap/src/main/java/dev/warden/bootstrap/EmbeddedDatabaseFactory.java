package dev.warden.bootstrap;

import dev.warden.adapter.inprocess.LocalCachedRevokedAccessTokens;
import dev.warden.adapter.inprocess.LocalCachedUserRepository;
import dev.warden.adapter.persistence.JdbcRevokedAccessTokens;
import dev.warden.adapter.persistence.JdbcUserRepository;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.token.port.out.RevokedAccessTokens;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * On an embedded database only this process writes: accounts by id are kept in memory too (written through), and,
 * without Redis, so are revocations.
 */
@Factory
@Requires(condition = SingleProcessDatabase.class)
class EmbeddedDatabaseFactory {

    @Primary
    @Singleton
    UserRepository localUsers(JdbcUserRepository durable) {
        return new LocalCachedUserRepository(durable);
    }

    /** With Redis, the revocation cache of {@link RedisFactory} serves every instance alike. */
    @Primary
    @Singleton
    @Requires(missingProperty = "redis.uri")
    RevokedAccessTokens localRevocations(JdbcRevokedAccessTokens durable, Clock clock) {
        return new LocalCachedRevokedAccessTokens(durable, clock);
    }
}
