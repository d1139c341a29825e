package dev.warden.adapter.jwt;

import com.nimbusds.jose.jwk.JWK;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.signingkey.port.in.SigningKeysUseCase;
import io.micronaut.security.token.jwt.endpoints.JwkProvider;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Feeds micronaut-security-jwt's keys endpoint (served at /.well-known/jwks.json, on the event loop) with the public
 * keys that verify now: the one that signs and those it replaced whose tokens may still be valid, newest first.
 * <p>
 * It lives with the codec, not with the HTTP adapter: a JWK is the token format's own description of a key (the same
 * decoded keys, {@link Es256Keys}, that verify here), and the route is micronaut-security-jwt's, switched on and
 * placed by configuration ({@code micronaut.security.endpoints.keys}); the web adapter only documents it.
 */
@Singleton
class PublishedSigningKeys implements JwkProvider {
    private final SigningKeysUseCase keys;
    private final Es256Keys decoded;
    private final Clock clock;

    PublishedSigningKeys(SigningKeysUseCase keys, Es256Keys decoded, Clock clock) {
        this.keys = keys;
        this.decoded = decoded;
        this.clock = clock;
    }

    @Override
    public List<JWK> retrieveJsonWebKeys() {
        return keys.lastRead().verifyingAt(clock.now()).stream().<JWK>map(decoded::jwkOf).toList();
    }
}
