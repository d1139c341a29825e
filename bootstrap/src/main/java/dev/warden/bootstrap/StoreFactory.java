package dev.warden.bootstrap;

import dev.warden.adapter.inprocess.LocalCachedRevokedAccessTokens;
import dev.warden.adapter.inprocess.LocalCachedUserRepository;
import dev.warden.adapter.memory.InMemoryRateLimiter;
import dev.warden.adapter.memory.InMemorySessionStore;
import dev.warden.adapter.persistence.JdbcRevokedAccessTokens;
import dev.warden.adapter.persistence.JdbcUserRepository;
import dev.warden.adapter.redis.RedisCachedRevokedAccessTokens;
import dev.warden.adapter.redis.RedisChangeNotices;
import dev.warden.adapter.redis.RedisConnector;
import dev.warden.adapter.redis.RedisRateLimiter;
import dev.warden.adapter.redis.RedisSessionStore;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.ratelimit.port.out.RateLimiter;
import dev.warden.application.session.port.out.SessionStore;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.token.port.out.RevokedAccessTokens;
import io.lettuce.core.RedisClient;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the adapters of the stores that Redis can serve, in one place: with {@code REDIS_URI} set,
 * sessions and rate-limit buckets live in Redis (shared by every instance), and revocations and accounts are kept
 * in each instance's memory too, every change announced to every instance through Redis (revocations behind a Redis
 * cache in front of the database); without it, sessions and buckets live in process memory, and revocations and
 * accounts are read from the database, or from memory when the database is an embedded one (only this process can
 * write to it).
 */
@Factory
class StoreFactory {
    private static final Logger LOG = LoggerFactory.getLogger(StoreFactory.class);

    @Singleton
    @Requires(property = "redis.uri")
    @Bean(preDestroy = "close")
    RedisConnector redisConnector(RedisClient client) {
        return new RedisConnector(client);
    }

    @Context
    @Requires(property = "redis.uri")
    SessionStore redisSessions(RedisConnector redis, AuthSettings settings) {
        LOG.info("REDIS_URI is set: sessions, rate limits and the revocation cache are kept in Redis, and changes "
                + "of accounts and revocations are announced through it");
        return new RedisSessionStore(redis, settings.session().redisKeyPrefix());
    }

    @Context
    @Requires(missingProperty = "redis.uri")
    SessionStore memorySessions() {
        LOG.info("REDIS_URI is not set: sessions and rate limits are kept in process memory (lost at restart, not shared)");
        return new InMemorySessionStore();
    }

    @Singleton
    @Requires(property = "redis.uri")
    RateLimiter redisRateLimits(RedisConnector redis, Clock clock, AuthSettings settings) {
        return new RedisRateLimiter(redis, clock, settings.session().redisKeyPrefix());
    }

    @Singleton
    @Requires(missingProperty = "redis.uri")
    RateLimiter memoryRateLimits(Clock clock) {
        return new InMemoryRateLimiter(clock);
    }

    /**
     * With Redis: every unexpired revocation is kept in memory too, each revocation announced through Redis to
     * every instance, and the set filled again every {@code AUTH_LOCAL_CACHE_TTL}; while it is not known to be
     * complete (or with {@code 0s}), checks go to the Redis cache in front of the revocation table.
     */
    @Primary
    @Singleton
    @Requires(property = "redis.uri")
    @Requires(beans = DataSource.class)
    RevokedAccessTokens cachedRevocations(JdbcRevokedAccessTokens durable, RedisConnector redis,
                                          RedisChangeNotices notices, Clock clock, AuthSettings settings) {
        var inRedis = new RedisCachedRevokedAccessTokens(durable, redis, clock, settings.session().redisKeyPrefix());
        return settings.session().localCache().<RevokedAccessTokens>map(
                ttl -> new LocalCachedRevokedAccessTokens(inRedis, notices, clock, ttl)).orElse(inRedis);
    }

    /** Without Redis, on an embedded database only this process writes: revocations are kept in memory too. */
    @Primary
    @Singleton
    @Requires(missingProperty = "redis.uri")
    @Requires(condition = SingleProcessDatabase.class)
    RevokedAccessTokens localRevocations(JdbcRevokedAccessTokens durable, Clock clock) {
        return new LocalCachedRevokedAccessTokens(durable, clock);
    }

    @Singleton
    @Requires(property = "redis.uri")
    @Bean(preDestroy = "close")
    RedisChangeNotices changeNotices(RedisClient client, RedisConnector redis, AuthSettings settings) {
        return new RedisChangeNotices(client, redis, settings.session().redisKeyPrefix());
    }

    /**
     * With Redis, on a database that other instances may write: accounts are kept in memory by id for at most
     * {@code AUTH_LOCAL_CACHE_TTL}, and every write is announced through Redis to every instance, which drops the
     * account at once ({@code 0s}: no cache).
     */
    @Primary
    @Singleton
    @Requires(property = "redis.uri")
    @Requires(condition = SharedDatabase.class)
    UserRepository sharedCachedUsers(JdbcUserRepository durable, RedisChangeNotices notices, Clock clock,
                                     AuthSettings settings) {
        return settings.session().localCache().<UserRepository>map(
                ttl -> new LocalCachedUserRepository(durable, notices, clock, ttl)).orElse(durable);
    }

    /** On an embedded database only this process writes accounts: they are kept in memory by id too. */
    @Primary
    @Singleton
    @Requires(condition = SingleProcessDatabase.class)
    UserRepository localUsers(JdbcUserRepository durable) {
        return new LocalCachedUserRepository(durable);
    }
}
