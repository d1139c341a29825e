package dev.warden.adapter.web.security;

import com.nimbusds.jose.jwk.JWK;
import io.micronaut.security.token.jwt.endpoints.JwkProvider;
import jakarta.inject.Singleton;
import java.util.List;

/** Feeds micronaut-security-jwt's keys endpoint (served at /.well-known/jwks.json) with our public key. */
@Singleton
class PublishedSigningKeys implements JwkProvider {
    private final List<JWK> keys;

    PublishedSigningKeys(SigningKeys signingKeys) {
        this.keys = List.of(signingKeys.publicJwk());
    }

    @Override
    public List<JWK> retrieveJsonWebKeys() {
        return keys;
    }
}
