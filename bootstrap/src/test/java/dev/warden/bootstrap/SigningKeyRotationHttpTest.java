package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static dev.warden.testkit.WardenClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.testkit.WardenClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The signing key changes every 30 days and whenever an administrator asks; the key set publishes the previous key
 * as long as tokens it signed may live (the access TTL after it stopped signing, and a few minutes), and a key taken
 * by an attacker is worth nothing once it has been replaced: it signs nothing new, and nothing at all once retired.
 * Time is moved, never waited for; each test starts from whatever key the ones before left.
 */
@MicronautTest(environments = "mutable-clock")
@Property(name = "auth.bootstrap-admin.username", value = "keymaster")
@Property(name = "auth.bootstrap-admin.email", value = "keymaster@example.com")
@Property(name = "auth.bootstrap-admin.password", value = SigningKeyRotationHttpTest.PASSWORD)
class SigningKeyRotationHttpTest {
    static final String PASSWORD = WardenClient.DEFAULT_PASSWORD;   // the kit registers users with it
    private static final String ROTATE = "/api/admin/signing-keys/rotate";
    private static final Duration ACCESS_TTL = Duration.ofDays(7);
    private static final Duration ROTATION = Duration.ofDays(30);
    /** How long instances that have not heard of a new key yet may still sign with the one it replaces. */
    private static final Duration LATE_SIGNING = Duration.ofMinutes(1);
    /** Beyond the access TTL, how long a replaced key may still verify: late signers and clock skew. */
    private static final Duration RETIREMENT_ALLOWANCE = Duration.ofMinutes(3);

    @Inject
    JsonMapper json;
    @Inject
    KeyThief.Haul haul;
    @Inject
    MutableClock clock;
    @Inject
    Api api;

    private String[] admin() {
        return new String[] {"Authorization", api.kit().tokensFor("keymaster", PASSWORD).authorization()};
    }

    private String newUser() {
        var name = unique("rot");
        api.registerAndLogin(name, PASSWORD);
        return name;
    }

    private String accessToken(String name) {
        return api.kit().tokensFor(name, PASSWORD).accessToken();
    }

    private Api.Reply me(String token) {
        return api.get("/api/auth/me", "Authorization", bearer(token));
    }

    @SuppressWarnings("unchecked")
    private List<String> publishedKids() {
        var keys = (List<Map<String, Object>>) api.get("/.well-known/jwks.json").body().get("keys");
        return keys.stream().map(key -> (String) key.get("kid")).toList();
    }

    @Test
    void anAdministratorRotatesTheKeyAndTokensAreSignedWithTheNewOneFromThenOn() {
        var name = newUser();
        var before = accessToken(name);

        var rotated = api.post(ROTATE, null, admin());

        assertThat(rotated.status()).as(rotated.text()).isEqualTo(200);
        var kid = rotated.string("kid");
        assertThat(kid).isNotBlank().isNotEqualTo(KeyThief.kidOf(before));
        assertThat(rotated.string("previous_kid")).isEqualTo(KeyThief.kidOf(before));
        var after = accessToken(name);
        assertThat(KeyThief.kidOf(after)).isEqualTo(kid);
        assertThat(publishedKids()).contains(kid, KeyThief.kidOf(before));
        assertThat(me(before).status()).as("a token of the previous key").isEqualTo(200);
        assertThat(me(after).status()).isEqualTo(200);
    }

    @Test
    void onlyAnAdministratorMayRotateTheKey() {
        var anonymous = api.post(ROTATE, null);
        var user = api.post(ROTATE, null, "Authorization", bearer(accessToken(newUser())));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.detail()).isEqualTo("Authentication required");
        assertThat(user.status()).isEqualTo(403);
        assertThat(user.detail()).isEqualTo("Administrator privileges required");
    }

    @Test
    void aKeyTakenBeforeARotationSignsNoTokenAfterIt() {
        var name = newUser();
        var token = accessToken(name);
        var userId = me(token).string("id");
        var kid = KeyThief.kidOf(token);
        var stolen = haul.withSecretsKey(kid);
        assertThat(api.post(ROTATE, null, admin()).status()).isEqualTo(200);

        clock.advance(LATE_SIGNING.plusSeconds(1));
        var forged = KeyThief.mint(stolen, kid, userId, List.of(), clock.now(), clock.now().plus(Duration.ofHours(1)));

        var reply = me(forged);
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.detail()).isEqualTo("Invalid token");
        assertThat(me(token).status()).as("the token it signed before").isEqualTo(200);
    }

    @Test
    void tokensOfThePreviousKeyWorkUntilTheyExpireThenTheKeyLeavesTheKeySet() {
        var token = accessToken(newUser());
        var previous = KeyThief.kidOf(token);
        assertThat(api.post(ROTATE, null, admin()).status()).isEqualTo(200);

        clock.advance(ACCESS_TTL.minusMinutes(1));
        assertThat(me(token).status()).isEqualTo(200);
        assertThat(publishedKids()).contains(previous);

        clock.advance(Duration.ofMinutes(1).plus(RETIREMENT_ALLOWANCE));
        assertThat(publishedKids()).doesNotContain(previous).isNotEmpty();
        assertThat(me(token).status()).isEqualTo(403);
    }

    @Test
    void theKeyRotatesByItselfEveryThirtyDaysAndATakenKeyDiesWithIt() {
        var name = newUser();
        var token = accessToken(name);
        var userId = me(token).string("id");
        var kid = KeyThief.kidOf(token);
        var stolen = haul.withSecretsKey(kid);

        clock.advance(ROTATION.plusSeconds(1));
        var next = KeyThief.kidOf(accessToken(name));

        assertThat(next).isNotEqualTo(kid);
        assertThat(publishedKids()).contains(kid, next);
        clock.advance(LATE_SIGNING.plusSeconds(1));
        var forged = KeyThief.mint(stolen, kid, userId, List.of(), clock.now(), clock.now().plus(Duration.ofHours(1)));
        assertThat(me(forged).status()).as("a token signed with the replaced key after its replacement").isEqualTo(403);

        clock.advance(ACCESS_TTL.plus(RETIREMENT_ALLOWANCE));
        assertThat(publishedKids()).doesNotContain(kid).contains(next);
        var late = KeyThief.mint(stolen, kid, userId, List.of(), clock.now().minus(ACCESS_TTL.plusMinutes(4)),
                clock.now().plusSeconds(5));
        assertThat(me(late).status()).as("a token of the retired key, back-dated to its time").isEqualTo(403);
    }
}
