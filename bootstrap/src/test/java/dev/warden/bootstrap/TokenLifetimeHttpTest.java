package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A token signed with the service's own key is still refused when its times are not ones the service gives: a
 * lifetime ({@code exp - iat}) beyond the access TTL (7 days) and the clock skew allowed (30 s), or an {@code iat}
 * further ahead than that skew. The key is taken as an attacker who holds it would (see {@link KeyThief}).
 */
@MicronautTest(environments = "mutable-clock")
class TokenLifetimeHttpTest {
    private static final String PASSWORD = "Corr3ct-Horse-Battery";
    private static final Duration ACCESS_TTL = Duration.ofDays(7);
    private static final Duration SKEW = Duration.ofSeconds(30);

    @Inject
    KeyThief.Haul haul;
    @Inject
    MutableClock clock;
    @Inject
    Api api;
    private String userId;
    private String kid;
    private ECPrivateKey key;

    @BeforeEach
    void takeTheKey() {
        var token = api.registerAndLogin("life" + UUID.randomUUID().toString().substring(0, 8), PASSWORD)
                .accessToken();
        userId = api.get("/api/auth/me", "Authorization", bearer(token)).string("id");
        kid = KeyThief.kidOf(token);
        key = haul.withSecretsKey(kid);
    }

    private Api.Reply me(Instant iat, Instant exp) {
        return api.get("/api/auth/me", "Authorization", bearer(KeyThief.mint(key, kid, userId, List.of(), iat, exp)));
    }

    private static void assertInvalidToken(Api.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(403);
        assertThat(reply.detail()).isEqualTo("Invalid token");
    }

    @Test
    void aCorrectlySignedTokenThatLivesThirtyOneYearsIs403InvalidToken() {
        var now = clock.now();

        assertInvalidToken(me(now, now.plus(Duration.ofDays(31 * 365 + 8))));
    }

    @Test
    void aTokenThatLivesLongerThanTheAccessTtlAndTheSkewIs403InvalidToken() {
        var now = clock.now();

        assertInvalidToken(me(now, now.plus(ACCESS_TTL).plus(SKEW).plusSeconds(1)));
    }

    @Test
    void aTokenThatLivesTheAccessTtlAndTheSkewIsAccepted() {
        var now = clock.now();

        assertThat(me(now, now.plus(ACCESS_TTL).plus(SKEW)).status()).isEqualTo(200);
    }

    @Test
    void aTokenIssuedFurtherAheadThanTheSkewIs403InvalidToken() {
        var iat = clock.now().plus(SKEW).plusSeconds(1);

        assertInvalidToken(me(iat, iat.plus(Duration.ofHours(1))));
    }

    @Test
    void aTokenIssuedWithinTheSkewAheadIsAccepted() {
        var iat = clock.now().plus(SKEW);

        assertThat(me(iat, iat.plus(Duration.ofHours(1))).status()).isEqualTo(200);
    }

    /** Issue 16, finding 8: access tokens carried {@code typ} as a claim only; RFC 9068 puts it in the JOSE header. */
    @Test
    void anIssuedTokenSaysAtJwtInItsHeaderAndATokenWithoutItIs403() throws java.text.ParseException {
        var issued = api.post("/api/auth/login", java.util.Map.of("username", api.get("/api/auth/me", "Authorization",
                bearer(KeyThief.mint(key, kid, userId, List.of(), clock.now(), clock.now().plusSeconds(60))))
                .string("username"), "password", PASSWORD)).string("access_token");
        var now = clock.now();
        var later = now.plus(Duration.ofMinutes(5));

        assertThat(com.nimbusds.jwt.SignedJWT.parse(issued).getHeader().getType().getType()).isEqualTo("at+jwt");
        assertInvalidToken(api.get("/api/auth/me", "Authorization",
                bearer(KeyThief.mint(key, kid, userId, List.of(), now, later, null))));
        assertInvalidToken(api.get("/api/auth/me", "Authorization",
                bearer(KeyThief.mint(key, kid, userId, List.of(), now, later, com.nimbusds.jose.JOSEObjectType.JWT))));
        assertThat(api.get("/api/auth/me", "Authorization", bearer(KeyThief.mint(key, kid, userId, List.of(), now,
                later, new com.nimbusds.jose.JOSEObjectType("application/at+jwt")))).status()).isEqualTo(200);
    }
}
