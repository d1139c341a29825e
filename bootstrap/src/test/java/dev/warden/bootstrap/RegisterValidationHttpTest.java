package dev.warden.bootstrap;

import static dev.warden.testkit.WardenClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class RegisterValidationHttpTest {
    private static final String PASSWORD = "Corr3ct-Horse-Battery";

    @Inject
    Api api;

    @Test
    void anEmptyBodyIs422ListingEveryRequiredField() {
        var reply = api.post("/api/auth/register", Map.of());

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).containsEntry("status_code", 422);
        assertThat(fields(reply)).containsOnlyKeys("username", "email", "password")
                .containsEntry("username", List.of("must not be blank"))
                .containsEntry("email", List.of("must not be blank"))
                .containsEntry("password", List.of("must not be blank"));
    }

    /** Issue 16, finding 8: {"first_name": 12} was stored as the name "12". */
    @Test
    void aNumberOrBooleanInATextFieldIs422NamingItAndNothingIsStored() {
        var name = unique("scalar");

        var number = api.post("/api/auth/register", Map.of("username", name, "email", name + "@example.com",
                "password", PASSWORD, "first_name", 12));
        var bool = api.post("/api/auth/login", Map.of("username", true, "password", PASSWORD));
        var array = api.post("/api/auth/register", Map.of("username", name, "email", name + "@example.com",
                "password", List.of(PASSWORD)));

        assertThat(number.status()).as(number.text()).isEqualTo(422);
        assertThat(number.detail()).isEqualTo("Validation failed");
        assertThat(fields(number)).containsExactly(Map.entry("first_name", List.of("must be a string")));
        assertThat(bool.status()).as(bool.text()).isEqualTo(422);
        assertThat(fields(bool)).containsOnlyKeys("username");
        assertThat(array.status()).as("a structure is a malformed body, as before").isEqualTo(400);
        assertThat(api.post("/api/auth/login", Map.of("username", name, "password", PASSWORD)).status())
                .as("nothing was registered").isEqualTo(401);
    }

    @Test
    void aMissingFieldIs422NamingOnlyThatField() {
        var name = unique("miss");

        var reply = api.post("/api/auth/register", Map.of("username", name, "password", PASSWORD));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(fields(reply)).containsOnlyKeys("email").containsEntry("email", List.of("must not be blank"));
    }

    @Test
    void aMalformedEmailIs422WithTheReason() {
        var reply = register(unique("bad"), "not-an-email", PASSWORD);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(fields(reply)).containsOnlyKeys("email")
                .containsEntry("email", List.of("must be a well-formed email address"));
    }

    @Test
    void aShortPasswordIs422WithTheReason() {
        var name = unique("short");

        var reply = register(name, name + "@example.com", "Sh0rt!");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(fields(reply)).containsOnlyKeys("password")
                .containsEntry("password", List.of("Password must be at least 8 characters long"));
    }

    @Test
    void aCommonPasswordIs422WithTheReason() {
        var name = unique("common");

        var reply = register(name, name + "@example.com", "password");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(fields(reply)).containsOnlyKeys("password")
                .containsEntry("password", List.of("Password is too common"));
    }

    @Test
    void aPasswordEqualToTheUsernameIs422WithTheReason() {
        var name = unique("same");

        var reply = register(name, name + "@example.com", name.toUpperCase());

        assertThat(reply.status()).isEqualTo(422);
        assertThat(fields(reply)).containsOnlyKeys("password")
                .containsEntry("password", List.of("Password must not be the same as the username"));
    }

    @Test
    void aUsernameOf150CharactersIsAccepted() {
        var name = unique("long");
        var longName = name + "x".repeat(150 - name.length());

        var reply = register(longName, name + "@example.com", PASSWORD);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body()).containsEntry("username", longName);
    }

    @Test
    void aUsernameOf151CharactersIs422() {
        var name = unique("long");

        var reply = register(name + "x".repeat(151 - name.length()), name + "@example.com", PASSWORD);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(fields(reply)).containsOnlyKeys("username")
                .containsEntry("username", List.of("size must be between 1 and 150"));
    }

    @Test
    void aUsernameOf150LettersOutsideTheBasicPlaneIsAccepted() {
        var name = unique("cjk");
        var longName = new String(Character.toChars(0x20000)).repeat(150);

        var reply = register(longName, name + "@example.com", PASSWORD);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body()).containsEntry("username", longName);
    }

    @Test
    void aFirstNameOf150EmojiIsAccepted() {
        var name = unique("emoji");
        var firstName = "\uD83D\uDE00".repeat(150);

        var reply = api.post("/api/auth/register", Map.of("username", name, "email", name + "@example.com",
                "password", PASSWORD, "first_name", firstName));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body()).containsEntry("first_name", firstName);
    }

    @Test
    void aFirstNameOver150CharactersIs422() {
        var name = unique("first");

        var reply = api.post("/api/auth/register", Map.of("username", name, "email", name + "@example.com",
                "password", PASSWORD, "first_name", "a".repeat(151)));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(fields(reply)).containsOnlyKeys("first_name");
    }

    @Test
    void aPasswordOver128CharactersIs422WithTheReason() {
        var name = unique("huge");

        var reply = register(name, name + "@example.com", "Corr3ct-".repeat(17));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(fields(reply)).containsOnlyKeys("password")
                .containsEntry("password", List.of("Password must be at most 128 characters long"));
    }

    @Test
    void aPasswordEqualToTheEmailIs422WithTheReason() {
        var name = unique("pmail");

        var reply = register(name, name + "@example.com", name.toUpperCase() + "@EXAMPLE.COM");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(fields(reply)).containsOnlyKeys("password")
                .containsEntry("password", List.of("Password must not be the same as the email address"));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        var reply = register("bad name!", "nowhere", "short");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(fields(reply)).containsOnlyKeys("username", "email", "password");
    }

    private Api.Reply register(String username, String email, String password) {
        return api.post("/api/auth/register", Map.of("username", username, "email", email, "password", password));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(Api.Reply reply) {
        assertThat(reply.detail()).isEqualTo("Validation failed");
        var extra = (Map<String, Object>) reply.body().get("extra");
        return (Map<String, Object>) extra.get("fields");
    }
}
