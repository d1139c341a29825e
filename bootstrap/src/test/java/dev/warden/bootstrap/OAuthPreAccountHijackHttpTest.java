package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static dev.warden.bootstrap.OAuthService.googleClaims;
import static dev.warden.bootstrap.OAuthService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.bootstrap.OAuthService.Provider;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 16, finding 2: an attacker registered the victim's address with a password (never verified) and kept
 * tokens, a cookie and a legacy token; the victim then signed in with Google (a verified address) and landed in
 * the attacker's account, now marked verified, while everything the attacker held kept working. The provider
 * proves the mailbox: its owner takes the account over, and everything the registrant held ends.
 */
class OAuthPreAccountHijackHttpTest {
    @RegisterExtension
    static final OAuthService service = OAuthService.with(List.of(Provider.GOOGLE));

    private record Squatter(String name, String access, String refresh, String cookie, String legacyToken) {}

    private static Squatter squat(String name, String victimAddress) {
        service.register(name, victimAddress);
        var tokens = service.api.kit().tokensFor(name, OAuthService.PASSWORD);
        var cookie = service.api.kit().sessionCookie(name, OAuthService.PASSWORD);
        var legacy = service.api.send("POST", "/auth/login", "username=" + name + "&password="
                + URLEncoder.encode(MailedService.PASSWORD, StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        assertThat(legacy.body()).as(legacy.text()).containsEntry("success", true);
        return new Squatter(name, tokens.accessToken(), tokens.refreshToken(), cookie, legacy.string("token"));
    }

    @Test
    void theMailboxOwnerSigningInWithGoogleEndsEverythingTheSquatterHeld() {
        var victim = uniqueName("victim") + "@example.com";
        var squatter = squat(uniqueName("squatter"), victim);

        var owner = service.me(service.signInWithGoogle(UUID.randomUUID().toString(), googleClaims(victim, true)));

        assertThat(owner).containsEntry("email", victim).containsEntry("email_verified", true)
                .containsEntry("oauth_provider", "google");
        assertThat(service.passwordLogin(squatter.name()).status()).as("the squatter's password").isEqualTo(401);
        assertThat(service.api.post("/api/auth/login", Map.of("username", victim, "password", MailedService.PASSWORD))
                .status()).as("the squatter's password, by address").isEqualTo(401);
        assertThat(service.api.get("/api/auth/me", "Authorization", bearer(squatter.access())).status())
                .as("the squatter's access token").isEqualTo(403);
        assertThat(service.api.post("/api/auth/refresh", Map.of("refresh_token", squatter.refresh())).status())
                .as("the squatter's refresh token").isEqualTo(401);
        assertThat(service.api.get("/api/auth/me", "Cookie", squatter.cookie()).status())
                .as("the squatter's session cookie").isEqualTo(401);
        assertThat(service.api.get("/api/auth/me", "Authorization", "Token " + squatter.legacyToken()).status())
                .as("the squatter's legacy token").isIn(401, 403);
        // The address is verified now: a live token of the squatter's could add TOTP and lock the owner out.
        assertThat(service.api.post("/api/auth/mfa/totp/setup", "", "Authorization", bearer(squatter.access()))
                .status()).as("the squatter adding a second factor").isEqualTo(403);
        assertThat(service.api.post("/api/auth/mfa/totp/setup", "", "Cookie", squatter.cookie()).status())
                .as("the squatter adding a second factor by cookie").isEqualTo(401);
    }
}
