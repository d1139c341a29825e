package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One way a test user is signed in: the headers its requests carry (a bearer token with its refresh token, a session
 * cookie, or a legacy token).
 */
record SignIn(String[] headers, String refreshToken) {

    static SignIn bearer(Api api, String username, String password) {
        var tokens = api.kit().tokensFor(username, password);
        return new SignIn(new String[] {"Authorization", tokens.authorization()}, tokens.refreshToken());
    }

    static SignIn cookie(Api api, String username, String password) {
        return new SignIn(new String[] {"Cookie", api.kit().sessionCookie(username, password)}, null);
    }

    static SignIn legacy(Api api, String username, String password) {
        var reply = api.send("POST", "/auth/login", "username=" + encoded(username) + "&password=" + encoded(password),
                "application/x-www-form-urlencoded");
        assertThat(reply.body()).as(reply.text()).containsEntry("success", true);
        return new SignIn(new String[] {"Authorization", "Token " + reply.string("token")}, null);
    }

    /** {@code name: value} pairs: these headers followed by {@code more}. */
    String[] with(String... more) {
        var all = java.util.Arrays.copyOf(headers, headers.length + more.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }

    /** The status of {@code GET /api/auth/me} with these credentials: 200 while they work. */
    int me(Api api) {
        return api.get("/api/auth/me", headers).status();
    }

    /** The status of a refresh with this sign-in's refresh token (a bearer sign-in's; it is spent when it works). */
    int refresh(Api api) {
        return api.post("/api/auth/refresh", Map.of("refresh_token", refreshToken)).status();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
