package dev.warden.bootstrap;

import static dev.warden.bootstrap.SetCookie.sessionCookieOf;
import static dev.warden.testkit.WardenClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.testkit.WardenClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Outside development (prod, or auth.session.secure-cookie=true) the session cookie is Secure. */
@MicronautTest
@Property(name = "auth.session.secure-cookie", value = "true")
class SecureSessionCookieHttpTest {
    private static final String PASSWORD = WardenClient.DEFAULT_PASSWORD;   // the kit registers users with it

    @Inject
    Api api;

    @Test
    void theSessionCookieIsSecureOnLoginRollingAndLogout() {
        var name = api.kit().register(unique("secure")).username();

        var login = api.post("/api/auth/session/login", Map.of("username", name, "password", PASSWORD));
        var cookie = sessionCookieOf(login);
        var me = api.get("/api/auth/me", "Cookie", cookie.header());
        var logout = api.post("/api/auth/session/logout", null, "Cookie", cookie.header());

        assertThat(login.status()).isEqualTo(200);
        assertThat(cookie.has("Secure")).isTrue();
        assertThat(cookie.has("HttpOnly")).isTrue();
        assertThat(cookie.attribute("Max-Age")).contains("604800");
        assertThat(me.status()).isEqualTo(200);
        assertThat(sessionCookieOf(me).has("Secure")).isTrue();
        // on the real clock: the time spent answering is not taken off a full lifetime
        assertThat(sessionCookieOf(me).attribute("Max-Age")).contains("604800");
        assertThat(logout.status()).isEqualTo(200);
        assertThat(sessionCookieOf(logout).has("Secure")).isTrue();
    }
}
