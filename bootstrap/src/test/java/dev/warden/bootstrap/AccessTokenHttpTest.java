package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static dev.warden.testkit.WardenClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(environments = "mutable-clock")
class AccessTokenHttpTest {
    private static final Duration ACCESS_TTL = Duration.ofDays(7);

    @Inject
    JsonMapper json;
    @Inject
    MutableClock clock;
    @Inject
    Api api;

    @Test
    void theAccessTokenIsAnEs256JwtWhoseKidIsPublished() throws Exception {
        var jwt = SignedJWT.parse(accessToken("alg"));

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(jwt.getHeader().getKeyID()).isNotBlank();
        assertThat(publishedKeys().getKeyByKeyId(jwt.getHeader().getKeyID())).isNotNull();
    }

    @Test
    void theKeySetPublishesOnlyPublicP256Keys() {
        var reply = api.get("/.well-known/jwks.json");

        assertThat(reply.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        var keys = (List<Map<String, Object>>) reply.body().get("keys");
        assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(key)
                .containsEntry("kty", "EC").containsEntry("crv", "P-256").containsKeys("kid", "x", "y")
                .doesNotContainKey("d"));
    }

    @Test
    void aClientCanVerifyTheAccessTokenWithThePublishedKey() throws Exception {
        var jwt = SignedJWT.parse(accessToken("verify"));
        var key = (ECKey) publishedKeys().getKeyByKeyId(jwt.getHeader().getKeyID());

        assertThat(jwt.verify(new ECDSAVerifier(key))).isTrue();
    }

    @Test
    void theAccessTokenCarriesTheContractClaims() throws Exception {
        var token = accessToken("claims");
        var userId = api.get("/api/auth/me", "Authorization", bearer(token)).string("id");

        var claims = SignedJWT.parse(token).getJWTClaimsSet();

        assertThat(claims.getSubject()).isEqualTo(userId);
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getIssuer()).isEqualTo("http://localhost:8080");
        assertThat(claims.getAudience()).containsExactly("warden");
        assertThat(claims.getStringClaim("typ")).isEqualTo("access");
        assertThat(claims.getIssueTime().toInstant()).isBetween(clock.now().minusSeconds(1), clock.now());
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(ACCESS_TTL);
    }

    @Test
    void everyAccessTokenHasItsOwnId() throws Exception {
        var user = api.kit().register(unique("jti"));

        var first = SignedJWT.parse(api.kit().tokensFor(user).accessToken()).getJWTClaimsSet().getJWTID();
        var second = SignedJWT.parse(api.kit().tokensFor(user).accessToken()).getJWTClaimsSet().getJWTID();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aTokenWhosePayloadWasChangedIs403InvalidToken() {
        var victim = api.get("/api/auth/me", "Authorization", bearer(accessToken("victim"))).string("id");
        var token = accessToken("mallory");
        var mallory = api.get("/api/auth/me", "Authorization", bearer(token)).string("id");
        var parts = token.split("\\.");
        var payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        var forged = parts[0] + "." + base64Url(payload.replace(mallory, victim)) + "." + parts[2];

        assertThat(payload).contains(mallory);
        assertInvalidToken(forged);
    }

    @Test
    void anUnsignedTokenWithAlgNoneIs403InvalidToken() throws Exception {
        var token = accessToken("none");
        var parts = token.split("\\.");
        var kid = SignedJWT.parse(token).getHeader().getKeyID();
        var header = base64Url("{\"alg\":\"none\",\"kid\":\"" + kid + "\"}");

        assertInvalidToken(header + "." + parts[1] + ".");
        assertInvalidToken(header + "." + parts[1] + "." + parts[2]);
    }

    @Test
    void aTokenSignedByAnotherKeyWithTheSameKidIs403InvalidToken() throws Exception {
        var genuine = SignedJWT.parse(accessToken("foreign"));
        var kid = genuine.getHeader().getKeyID();
        var attacker = new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
        var forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).build(),
                genuine.getJWTClaimsSet());
        forged.sign(new ECDSASigner(attacker));

        assertInvalidToken(forged.serialize());
    }

    @Test
    void aKeyEmbeddedInTheTokenHeaderIsNotTrusted() throws Exception {
        var genuine = SignedJWT.parse(accessToken("embedded"));
        var kid = genuine.getHeader().getKeyID();
        var attacker = new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
        var forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid)
                .jwk(attacker.toPublicJWK()).type(JOSEObjectType.JWT).build(), genuine.getJWTClaimsSet());
        forged.sign(new ECDSASigner(attacker));

        assertInvalidToken(forged.serialize());
    }

    @Test
    void anHs256TokenKeyedWithThePublicKeyIs403InvalidToken() throws Exception {
        var genuine = SignedJWT.parse(accessToken("confused"));
        var kid = genuine.getHeader().getKeyID();
        var published = (ECKey) publishedKeys().getKeyByKeyId(kid);
        var der = published.toECPublicKey().getEncoded();
        var pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END PUBLIC KEY-----\n";
        var secrets = List.of(der, pem.getBytes(StandardCharsets.US_ASCII),
                published.toJSONString().getBytes(StandardCharsets.UTF_8));

        for (var secret : secrets) {
            var forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(),
                    genuine.getJWTClaimsSet());
            forged.sign(new MACSigner(secret));
            assertInvalidToken(forged.serialize());
        }
    }

    @Test
    void theRefreshTokenIsNotAnAccessToken() {
        var refreshToken = api.kit().tokensFor(api.kit().register(unique("refresh"))).refreshToken();

        assertInvalidToken(refreshToken);
    }

    @Test
    void anAccessTokenWorksUntilItsSevenDaysAreOverThenIs403InvalidToken() {
        var token = accessToken("expiry");

        clock.advance(ACCESS_TTL.minusSeconds(1));
        var lastSecond = api.get("/api/auth/me", "Authorization", bearer(token));
        clock.advance(Duration.ofSeconds(2));

        assertThat(lastSecond.status()).isEqualTo(200);
        assertInvalidToken(token);
    }

    private void assertInvalidToken(String token) {
        var reply = api.get("/api/auth/me", "Authorization", bearer(token));
        assertThat(reply.status()).as("GET /me with %s", token).isEqualTo(403);
        assertThat(reply.body()).containsEntry("detail", "Invalid token").containsEntry("status_code", 403);
        assertThat(reply.body()).doesNotContainKey("username");
    }

    private JWKSet publishedKeys() {
        try {
            return JWKSet.parse(api.get("/.well-known/jwks.json").text());
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }

    private String accessToken(String prefix) {
        var token = api.kit().tokensFor(api.kit().register(unique(prefix))).accessToken();
        assertThat(api.get("/api/auth/me", "Authorization", bearer(token)).status()).isEqualTo(200);
        return token;
    }

    private static String base64Url(String text) {
        return Base64URL.encode(text.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
