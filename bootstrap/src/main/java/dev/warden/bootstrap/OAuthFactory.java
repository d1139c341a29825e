package dev.warden.bootstrap;

import dev.warden.adapter.memory.InMemoryPendingLoginStore;
import dev.warden.adapter.oauth.IdentityProviders;
import dev.warden.adapter.redis.RedisConnector;
import dev.warden.adapter.redis.RedisPendingLoginStore;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.account.service.OAuthUsernames;
import dev.warden.application.legacy.port.out.LegacyTokenStore;
import dev.warden.application.login.service.SecondFactorGate;
import dev.warden.application.oauth.port.in.OAuthLoginUseCase;
import dev.warden.application.oauth.port.out.PendingLoginStore;
import dev.warden.application.oauth.service.OAuthLoginService;
import dev.warden.application.session.port.out.SessionStore;
import dev.warden.application.session.service.SignOuts;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.token.port.out.RefreshTokenStore;
import dev.warden.application.token.service.FamilyRevocation;
import dev.warden.application.token.service.TokenIssuer;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Identity-provider sign-in: the configured providers, and where pending sign-ins wait (Redis when set). */
@Factory
class OAuthFactory {
    private static final Logger LOG = LoggerFactory.getLogger(OAuthFactory.class);

    @Singleton
    @Requires(property = "redis.uri")
    PendingLoginStore redisPendingLogins(RedisConnector redis, AuthSettings settings) {
        return new RedisPendingLoginStore(redis, settings.session().redisKeyPrefix());
    }

    @Singleton
    @Requires(missingProperty = "redis.uri")
    PendingLoginStore memoryPendingLogins() {
        return new InMemoryPendingLoginStore();
    }

    @Singleton
    OAuthLoginUseCase oauthLogin(IdentityProviders providers, PendingLoginStore pending, UserRepository users,
                                 TokenIssuer issuer, IdGenerator ids, Clock clock, AuthSettings settings,
                                 SecondFactorGate gate, RefreshTokenStore refreshTokens, FamilyRevocation families,
                                 SessionStore sessions, LegacyTokenStore legacyTokens) {
        var configured = providers.configured();
        LOG.info("Identity providers configured: {}", configured.isEmpty() ? "none"
                : configured.stream().map(provider -> provider.name()).toList());
        return new OAuthLoginService(configured, pending, users, new OAuthUsernames(users, ids), issuer, ids, clock,
                settings.publicUrl(), gate, new SignOuts(refreshTokens, families, sessions, legacyTokens));
    }
}
