package dev.warden.bootstrap;

import dev.warden.adapter.memory.InMemoryAuthorizationCodeStore;
import dev.warden.adapter.memory.InMemoryMfaChallengeStore;
import dev.warden.adapter.memory.InMemoryPasskeyChallengeStore;
import dev.warden.adapter.memory.InMemoryPendingLoginStore;
import dev.warden.adapter.memory.InMemoryRateLimiter;
import dev.warden.adapter.memory.InMemorySessionStore;
import dev.warden.application.oauth.port.out.AuthorizationCodeStore;
import dev.warden.application.oauth.port.out.PendingLoginStore;
import dev.warden.application.passkey.port.out.PasskeyChallengeStore;
import dev.warden.application.ratelimit.port.out.RateLimiter;
import dev.warden.application.secondfactor.port.out.MfaChallengeStore;
import dev.warden.application.session.port.out.SessionStore;
import dev.warden.application.shared.port.out.Clock;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without {@code REDIS_URI}: sessions, rate-limit buckets and the short-lived challenges live in this process's
 * memory (lost at restart, not shared with another instance).
 */
@Factory
@Requires(missingProperty = "redis.uri")
class ProcessMemoryFactory {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessMemoryFactory.class);

    @Context
    SessionStore sessions() {
        LOG.info("REDIS_URI is not set: sessions and rate limits are kept in process memory (lost at restart, not shared)");
        return new InMemorySessionStore();
    }

    @Singleton
    RateLimiter rateLimits(Clock clock) {
        return new InMemoryRateLimiter(clock);
    }

    @Singleton
    MfaChallengeStore mfaChallenges() {
        return new InMemoryMfaChallengeStore();
    }

    @Singleton
    PasskeyChallengeStore passkeyChallenges() {
        return new InMemoryPasskeyChallengeStore();
    }

    @Singleton
    PendingLoginStore pendingLogins() {
        return new InMemoryPendingLoginStore();
    }

    @Singleton
    AuthorizationCodeStore authorizationCodes() {
        return new InMemoryAuthorizationCodeStore();
    }
}
