package dev.warden.bootstrap;

import dev.warden.adapter.inprocess.WebAuthn4jVerifier;
import dev.warden.adapter.memory.InMemoryPasskeyChallengeStore;
import dev.warden.adapter.redis.RedisConnector;
import dev.warden.adapter.redis.RedisPasskeyChallengeStore;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.login.service.SecondFactorGate;
import dev.warden.application.passkey.PasskeySettings;
import dev.warden.application.passkey.port.out.PasskeyChallengeStore;
import dev.warden.application.passkey.port.out.PasskeyStore;
import dev.warden.application.passkey.port.out.WebAuthnVerifier;
import dev.warden.application.passkey.service.PasskeyService;
import dev.warden.application.secondfactor.service.SecondFactorProof;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.token.service.TokenIssuer;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Passkeys: the WebAuthn verifier, the challenge store (Redis when configured), and the use cases. */
@Factory
class PasskeyFactory {

    @Singleton
    WebAuthnVerifier webAuthnVerifier() {
        return new WebAuthn4jVerifier();
    }

    @Singleton
    @Requires(property = "redis.uri")
    PasskeyChallengeStore redisPasskeyChallenges(RedisConnector redis, AuthSettings settings) {
        return new RedisPasskeyChallengeStore(redis, settings.session().redisKeyPrefix());
    }

    @Singleton
    @Requires(missingProperty = "redis.uri")
    PasskeyChallengeStore memoryPasskeyChallenges() {
        return new InMemoryPasskeyChallengeStore();
    }

    /**
     * The relying party, checked at start, so that an id or origin that cannot work stops the service there (the
     * service itself, and webauthn4j behind it, are made at the first passkey request: they cost a second of start).
     */
    @Context
    PasskeySettings passkeySettings(AuthSettings settings) {
        return settings.passkeySettings();
    }

    /** One service for passkeys: it is the manage and the sign-in use case. */
    @Singleton
    PasskeyService passkeys(UserRepository users, PasskeyStore passkeys, PasskeyChallengeStore challenges,
                            WebAuthnVerifier verifier, SecondFactorGate gate, TokenIssuer issuer, IdGenerator ids,
                            Clock clock, PasskeySettings settings, SecondFactorProof secondFactor) {
        return new PasskeyService(users, passkeys, challenges, verifier, gate, issuer, ids, clock, settings,
                secondFactor);
    }
}
