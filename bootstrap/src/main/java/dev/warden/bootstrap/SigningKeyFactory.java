package dev.warden.bootstrap;

import dev.warden.adapter.inprocess.JcaSigningKeyPairs;
import dev.warden.application.shared.port.out.AuditLog;
import dev.warden.application.shared.port.out.ChangeNotices;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.shared.port.out.SecretBox;
import dev.warden.application.signingkey.port.out.SigningKeyPairs;
import dev.warden.application.signingkey.port.out.SigningKeyStore;
import dev.warden.application.signingkey.service.SigningKeyService;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The token signing keys: ES256 pairs from the JDK, sealed with the secrets key in the database, replaced every
 * {@code AUTH_TOKENS_KEY_ROTATION}; with Redis, every instance hears of a new key at once (ChangeNotices).
 */
@Factory
class SigningKeyFactory {

    @Singleton
    SigningKeyPairs signingKeyPairs() {
        return new JcaSigningKeyPairs();
    }

    /** Made at start: plain keys of an earlier version are sealed then, and a key that cannot be opened stops it. */
    @Context
    SigningKeyService signingKeys(SigningKeyStore store, SigningKeyPairs pairs, SecretBox box, Clock clock,
                                  IdGenerator ids, AuditLog audit, Optional<ChangeNotices> notices,
                                  AuthSettings settings) {
        return new SigningKeyService(store, pairs, box, clock, ids, audit, notices, settings.tokens().signingKeys());
    }
}
