package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a copy of the database (a backup) gives away of the token signing key: nothing that signs. */
@MicronautTest(environments = "mutable-clock")
@Property(name = "auth.bootstrap-admin.username", value = "vault")
@Property(name = "auth.bootstrap-admin.email", value = "vault@example.com")
@Property(name = "auth.bootstrap-admin.password", value = SigningKeyAtRestHttpTest.PASSWORD)
class SigningKeyAtRestHttpTest {
    static final String PASSWORD = "Corr3ct-Horse-Battery";

    @Inject
    KeyThief.Haul haul;
    @Inject
    MutableClock clock;
    @Inject
    Api api;

    @Test
    void aCopyOfTheDatabaseMintsNoSuperuserToken() {
        var login = api.post("/api/auth/login", Map.of("username", "vault", "password", PASSWORD));
        var adminId = api.get("/api/auth/me", "Authorization", bearer(login.string("access_token"))).string("id");
        var kid = KeyThief.kidOf(login.string("access_token"));

        var stolen = haul.fromDatabaseCopy(kid);
        stolen.ifPresent(key -> {
            var forged = KeyThief.mint(key, kid, adminId, List.of("staff", "admin"), clock.now(),
                    clock.now().plus(Duration.ofHours(1)));
            assertThat(api.get("/api/admin/users", "Authorization", bearer(forged)).status())
                    .as("a superuser token signed with the key of the database copy").isNotEqualTo(200);
        });

        assertThat(stolen).as("a signing key readable from a copy of the database").isEmpty();
    }

    @Test
    void theStoredKeyOpensOnlyWithTheSecretsKeyAndSignsWhatTheServiceAccepts() {
        var token = api.registerAndLogin("sealed" + System.nanoTime(), PASSWORD).accessToken();
        var kid = KeyThief.kidOf(token);
        var userId = api.get("/api/auth/me", "Authorization", bearer(token)).string("id");

        var key = haul.withSecretsKey(kid);
        var minted = KeyThief.mint(key, kid, userId, List.of(), clock.now(), clock.now().plus(Duration.ofHours(1)));

        assertThat(haul.fromDatabaseCopy(kid)).isEmpty();
        assertThat(api.get("/api/auth/me", "Authorization", bearer(minted)).status()).isEqualTo(200);
    }
}
