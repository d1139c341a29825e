package dev.warden.bootstrap;

import static dev.warden.testkit.WardenClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest
class RegisterHttpTest {
    private static final String PASSWORD = "Corr3ct-Horse-Battery";

    @Inject
    JsonMapper json;
    @Inject
    Api api;

    @Test
    void registrationAnswers201WithTheNewUserObject() {
        var name = unique("reg");
        var before = Instant.now().minusSeconds(1);

        var reply = api.post("/api/auth/register", Map.of("username", name, "email", name + "@example.com",
                "password", PASSWORD, "first_name", "Ada", "last_name", "Lovelace"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(reply.body()).containsEntry("username", name).containsEntry("email", name + "@example.com")
                .containsEntry("first_name", "Ada").containsEntry("last_name", "Lovelace")
                .containsEntry("is_active", true).containsEntry("is_staff", false).containsEntry("is_superuser", false)
                .containsEntry("email_verified", false).containsEntry("last_login", null)
                .containsEntry("has_membership", false).containsEntry("membership_level", null)
                .containsEntry("oauth_provider", null).containsEntry("oauth_id", null);
        assertThat(UUID.fromString(reply.string("id"))).isNotNull();
        assertThat(Instant.parse(reply.string("date_joined"))).isBetween(before, Instant.now().plusSeconds(1));
    }

    @Test
    void registrationReplyCarriesNoSecret() {
        var name = unique("sec");

        var reply = register(name, name + "@example.com", PASSWORD);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().keySet()).containsExactlyInAnyOrder("id", "username", "email", "first_name",
                "last_name", "is_active", "is_staff", "is_superuser", "email_verified", "date_joined", "last_login",
                "has_membership", "membership_level", "oauth_provider", "oauth_id");
        assertThat(reply.text()).doesNotContain(PASSWORD).doesNotContain("argon2").doesNotContainIgnoringCase("hash");
    }

    @Test
    void registeringATakenUsernameIs409UsernameAlreadyRegistered() {
        var name = unique("dup");
        register(name, name + "@example.com", PASSWORD);

        var reply = register(name, unique("other") + "@example.com", PASSWORD);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body()).containsEntry("detail", "Username already registered").containsEntry("status_code", 409);
    }

    @Test
    void usernamesAreUniqueWhateverTheirCase() {
        var name = unique("case");
        register(name, name + "@example.com", PASSWORD);

        var reply = register(name.toUpperCase(), unique("other") + "@example.com", PASSWORD);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.detail()).isEqualTo("Username already registered");
    }

    @Test
    void usernamesAreUniqueAfterUnicodeNormalization() {
        var name = unique("nfkc");
        register(name, name + "@example.com", PASSWORD);

        var reply = register(fullwidth(name.toUpperCase()), unique("other") + "@example.com", PASSWORD);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.detail()).isEqualTo("Username already registered");
    }

    @Test
    void registeringATakenEmailIs409EmailAlreadyRegistered() {
        var name = unique("mail");
        register(name, name + "@example.com", PASSWORD);

        var reply = register(unique("other"), name + "@example.com", PASSWORD);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body()).containsEntry("detail", "Email already registered").containsEntry("status_code", 409);
    }

    @Test
    void emailsAreUniqueWhateverTheirCase() {
        var name = unique("mcase");
        register(name, name + "@example.com", PASSWORD);

        var reply = register(unique("other"), name.toUpperCase() + "@EXAMPLE.COM", PASSWORD);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.detail()).isEqualTo("Email already registered");
    }

    @Test
    void emailsAreUniqueAfterUnicodeNormalization() {
        var name = unique("mnfkc");
        register(name, name + "@example.com", PASSWORD);

        var reply = register(unique("other"), fullwidth(name) + "@ｅｘａｍｐｌｅ.ｃｏｍ", PASSWORD);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.detail()).isEqualTo("Email already registered");
    }

    @Test
    void aRefusedRegistrationLeavesNoTrace() {
        var name = unique("trace");
        var weak = register(name, name + "@example.com", "12345678");

        var retried = register(name, name + "@example.com", PASSWORD);

        assertThat(weak.status()).isEqualTo(422);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.body()).containsEntry("username", name);
    }

    @Test
    void aRegistrationRefusedForItsEmailDoesNotReserveTheUsername() {
        var taken = unique("owner");
        register(taken, taken + "@example.com", PASSWORD);
        var name = unique("free");

        var refused = register(name, taken + "@example.com", PASSWORD);
        var retried = register(name, name + "@example.com", PASSWORD);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(retried.status()).isEqualTo(201);
    }

    @Test
    void aRegisteredUserCanLogInWithTheChosenPassword() {
        var name = unique("then");
        register(name, name + "@example.com", PASSWORD);

        var login = api.post("/api/auth/login", Map.of("username", name, "password", PASSWORD));

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.string("access_token")).isNotBlank();
    }

    private Api.Reply register(String username, String email, String password) {
        return api.post("/api/auth/register", Map.of("username", username, "email", email, "password", password));
    }

    /** The same text in fullwidth forms (U+FF01..U+FF5E), which NFKC maps back to ASCII. */
    private static String fullwidth(String ascii) {
        var out = new StringBuilder();
        ascii.chars().forEach(c -> out.appendCodePoint(c >= '!' && c <= '~' ? c + 0xFEE0 : c));
        return out.toString();
    }
}
