package dev.warden.adapter.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.nimbusds.jwt.SignedJWT;
import dev.warden.application.signingkey.port.in.KeyRing;
import dev.warden.application.signingkey.port.in.SigningKeysUseCase;
import dev.warden.application.signingkey.port.in.VerificationKey;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.token.AccessGrant;
import dev.warden.domain.user.UserId;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The codec on its own, with a fixed key ring and a clock the test moves; the HTTP tests of bootstrap check the
 * tokens as clients and verifiers see them (forged headers, foreign keys, rotation).
 */
class JwtTokenCodecTest {
    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
    private static final TokenSettings SETTINGS = new TokenSettings("https://auth.example.com", "warden",
            Duration.ofMinutes(15));

    private Instant now = NOW;
    private final KeyRing ring = ring("key-1");
    private final Es256Keys keys = new Es256Keys();
    private final JwtTokenCodec codec = new JwtTokenCodec(fixed(ring), keys, SETTINGS, () -> now,
            new StackProject("internal"));

    @Test
    void aGrantComesBackAsItWasEncoded() {
        var grant = new AccessGrant("jti-1", new UserId(UUID.randomUUID()), NOW, NOW.plus(Duration.ofMinutes(15)),
                List.of("staff"), Optional.of("FELLOW"));

        assertThat(codec.decode(codec.encode(grant))).isEqualTo(grant);
    }

    @Test
    void theHeaderNamesTheKeyTheAlgorithmAndTheAccessTokenType() throws Exception {
        var header = SignedJWT.parse(codec.encode(grant())).getHeader();

        assertThat(header.getKeyID()).isEqualTo("key-1");
        assertThat(header.getAlgorithm().getName()).isEqualTo("ES256");
        assertThat(header.getType().getType()).isEqualTo("at+jwt");
    }

    @Test
    void aTamperedTokenIsInvalid() {
        var token = codec.encode(grant());
        var parts = token.split("\\.");
        var forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        assertThat(errorOf(forged)).isEqualTo(new AuthError.InvalidToken());
        assertThat(errorOf("not-a-jwt")).isEqualTo(new AuthError.InvalidToken());
    }

    @Test
    void aTokenPastItsExpiryIsInvalidAndSaysSo() {
        var token = codec.encode(grant());
        now = NOW.plus(Duration.ofMinutes(15));

        assertThat(errorOf(token)).isEqualTo(new AuthError.InvalidToken(true));
    }

    @Test
    void aTokenOfAnotherIssuerIsInvalid() {
        var other = new JwtTokenCodec(fixed(ring), keys, new TokenSettings("https://elsewhere.example.com",
                "warden", Duration.ofMinutes(15)), () -> now, new StackProject("internal"));

        assertThat(errorOf(other.encode(grant()))).isEqualTo(new AuthError.InvalidToken());
    }

    @Test
    void theKeySetPublishesTheKeysThatVerify() {
        var published = new PublishedSigningKeys(fixed(ring), keys, () -> now).retrieveJsonWebKeys();

        assertThat(published).singleElement().satisfies(jwk -> {
            assertThat(jwk.getKeyID()).isEqualTo("key-1");
            assertThat(jwk.isPrivate()).isFalse();
        });
    }

    private AccessGrant grant() {
        return new AccessGrant(UUID.randomUUID().toString(), new UserId(UUID.randomUUID()), now,
                now.plus(Duration.ofMinutes(15)));
    }

    private AuthError errorOf(String token) {
        var thrown = catchThrowable(() -> codec.decode(token));
        assertThat(thrown).isInstanceOf(AuthException.class);
        return ((AuthException) thrown).error();
    }

    private static KeyRing ring(String keyId) {
        try {
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            var pair = generator.generateKeyPair();
            var verification = new VerificationKey(keyId, "ES256", pair.getPublic().getEncoded(),
                    NOW.minus(Duration.ofDays(1)), Optional.empty(), Optional.empty());
            return new KeyRing(keyId, pair.getPrivate().getEncoded(), List.of(verification));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SigningKeysUseCase fixed(KeyRing ring) {
        return new SigningKeysUseCase() {
            @Override
            public KeyRing inForce() {
                return ring;
            }

            @Override
            public KeyRing inForceWith(String keyId) {
                return ring;
            }

            @Override
            public KeyRing lastRead() {
                return ring;
            }
        };
    }
}
