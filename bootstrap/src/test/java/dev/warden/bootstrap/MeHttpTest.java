package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest
class MeHttpTest {
    private static final String PASSWORD = "Corr3ct-Horse-Battery";

    @Inject
    Api api;

    @Test
    void meAnswersTheCallersUserObjectByPostAndGet() {
        var name = "me" + UUID.randomUUID().toString().substring(0, 8);
        var token = api.registerAndLogin(name, PASSWORD).accessToken();

        var byPost = api.post("/api/auth/me", null, "Authorization", bearer(token));
        var byGet = api.get("/api/auth/me", "Authorization", bearer(token));

        assertThat(byPost.status()).isEqualTo(200);
        assertThat(byPost.body()).containsEntry("username", name).containsEntry("email", name + "@example.com")
                .containsEntry("is_active", true).containsEntry("has_membership", false)
                .containsKeys("id", "first_name", "last_name", "is_staff", "is_superuser", "email_verified",
                        "date_joined", "last_login", "membership_level", "oauth_provider", "oauth_id")
                .doesNotContainKeys("password", "password_hash");
        assertThat(byGet.body()).isEqualTo(byPost.body());
    }

    @Test
    void meWithoutCredentialsIs401AuthenticationRequired() {
        var reply = api.post("/api/auth/me", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).containsEntry("detail", "Authentication required").containsEntry("status_code", 401)
                .containsKey("extra");
    }

    @Test
    void meWithAGarbageBearerTokenIs403InvalidToken() {
        var reply = api.post("/api/auth/me", null, "Authorization", bearer("not-a-token"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.detail()).isEqualTo("Invalid token");
    }
}
