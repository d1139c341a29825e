package dev.warden.bootstrap;

import dev.warden.adapter.inprocess.LocalCachedRevokedAccessTokens;
import dev.warden.adapter.inprocess.LocalCachedUserRepository;
import dev.warden.adapter.persistence.JdbcRevokedAccessTokens;
import dev.warden.adapter.persistence.JdbcUserRepository;
import dev.warden.adapter.redis.RedisAuthorizationCodeStore;
import dev.warden.adapter.redis.RedisCachedRevokedAccessTokens;
import dev.warden.adapter.redis.RedisChangeNotices;
import dev.warden.adapter.redis.RedisConnector;
import dev.warden.adapter.redis.RedisMfaChallengeStore;
import dev.warden.adapter.redis.RedisPasskeyChallengeStore;
import dev.warden.adapter.redis.RedisPendingLoginStore;
import dev.warden.adapter.redis.RedisRateLimiter;
import dev.warden.adapter.redis.RedisSessionStore;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.oauth.port.out.AuthorizationCodeStore;
import dev.warden.application.oauth.port.out.PendingLoginStore;
import dev.warden.application.passkey.port.out.PasskeyChallengeStore;
import dev.warden.application.ratelimit.port.out.RateLimiter;
import dev.warden.application.secondfactor.port.out.MfaChallengeStore;
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
 * With {@code REDIS_URI} set: sessions, rate-limit buckets and the short-lived challenges live in Redis (shared by
 * every instance), and revocations and accounts are kept in each instance's memory too, every change announced to
 * every instance through Redis (revocations behind a Redis cache in front of the database).
 */
@Factory
@Requires(property = "redis.uri")
class RedisFactory {
    private static final Logger LOG = LoggerFactory.getLogger(RedisFactory.class);

    @Singleton
    @Bean(preDestroy = "close")
    RedisConnector redisConnector(RedisClient client) {
        return new RedisConnector(client);
    }

    @Singleton
    @Bean(preDestroy = "close")
    RedisChangeNotices changeNotices(RedisClient client, RedisConnector redis, AuthSettings settings) {
        return new RedisChangeNotices(client, redis, settings.session().redisKeyPrefix());
    }

    @Context
    SessionStore sessions(RedisConnector redis, AuthSettings settings) {
        LOG.info("REDIS_URI is set: sessions, rate limits and the revocation cache are kept in Redis, and changes "
                + "of accounts and revocations are announced through it");
        return new RedisSessionStore(redis, settings.session().redisKeyPrefix());
    }

    @Singleton
    RateLimiter rateLimits(RedisConnector redis, Clock clock, AuthSettings settings) {
        return new RedisRateLimiter(redis, clock, settings.session().redisKeyPrefix());
    }

    @Singleton
    MfaChallengeStore mfaChallenges(RedisConnector redis, AuthSettings settings) {
        return new RedisMfaChallengeStore(redis, settings.session().redisKeyPrefix());
    }

    @Singleton
    PasskeyChallengeStore passkeyChallenges(RedisConnector redis, AuthSettings settings) {
        return new RedisPasskeyChallengeStore(redis, settings.session().redisKeyPrefix());
    }

    @Singleton
    PendingLoginStore pendingLogins(RedisConnector redis, AuthSettings settings) {
        return new RedisPendingLoginStore(redis, settings.session().redisKeyPrefix());
    }

    @Singleton
    AuthorizationCodeStore authorizationCodes(RedisConnector redis, AuthSettings settings) {
        return new RedisAuthorizationCodeStore(redis, settings.session().redisKeyPrefix());
    }

    /**
     * Every unexpired revocation is kept in memory too, each revocation announced through Redis to every instance,
     * and the set filled again every {@code AUTH_LOCAL_CACHE_TTL}; while it is not known to be complete (or with
     * {@code 0s}), checks go to the Redis cache in front of the revocation table.
     */
    @Primary
    @Singleton
    @Requires(beans = DataSource.class)
    RevokedAccessTokens cachedRevocations(JdbcRevokedAccessTokens durable, RedisConnector redis,
                                          RedisChangeNotices notices, Clock clock, AuthSettings settings) {
        var inRedis = new RedisCachedRevokedAccessTokens(durable, redis, clock, settings.session().redisKeyPrefix());
        return settings.session().localCache().<RevokedAccessTokens>map(
                ttl -> new LocalCachedRevokedAccessTokens(inRedis, notices, clock, ttl)).orElse(inRedis);
    }

    /**
     * On a database that other instances may write: accounts are kept in memory by id for at most
     * {@code AUTH_LOCAL_CACHE_TTL}, and every write is announced through Redis to every instance, which drops the
     * account at once ({@code 0s}: no cache).
     */
    @Primary
    @Singleton
    @Requires(condition = SharedDatabase.class)
    UserRepository sharedCachedUsers(JdbcUserRepository durable, RedisChangeNotices notices, Clock clock,
                                     AuthSettings settings) {
        return settings.session().localCache().<UserRepository>map(
                ttl -> new LocalCachedUserRepository(durable, notices, clock, ttl)).orElse(durable);
    }
}
