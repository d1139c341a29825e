package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class ErrorFormatHttpTest {
    private static final String JSON = "application/json";

    @Inject
    JsonMapper json;
    @Inject
    Api api;

    @Test
    void anUnknownRouteIs404InTheErrorFormat() {
        var reply = api.get("/api/auth/no-such-route");

        assertContractError(reply, 404, "Not found");
    }

    @Test
    void anUnknownRouteOutsideTheApiIs404InTheErrorFormat() {
        var reply = api.get("/no/such/page.php");

        assertContractError(reply, 404, "Not found");
    }

    /** The framework's CORS filter refuses a page of another origin calling a service on localhost with a bare 403. */
    @Test
    void aForeignOriginRefusedByTheFrameworkIs403InTheErrorFormat() {
        var reply = api.get("/api/auth/me", "Origin", "https://elsewhere.example");

        assertContractError(reply, 403, "Forbidden");
        assertThat(reply.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void aWrongMethodIs405InTheErrorFormat() {
        var reply = api.send("DELETE", "/api/auth/login", null, null);

        assertContractError(reply, 405, "Method not allowed");
    }

    @Test
    void aTextPlainBodyIs415InTheErrorFormat() {
        var reply = api.send("POST", "/api/auth/login", "username=a&password=b", "text/plain");

        assertContractError(reply, 415, "Unsupported media type");
    }

    @Test
    void malformedJsonIs400InTheErrorFormat() {
        var reply = api.send("POST", "/api/auth/login", "{\"username\": \"ann\", \"password\": ", JSON);

        assertContractError(reply, 400, "Malformed request");
    }

    @Test
    void jsonOfTheWrongShapeIs400InTheErrorFormat() {
        var reply = api.send("POST", "/api/auth/register", "{\"username\": {\"nested\": true}, \"password\": [1]}", JSON);

        assertContractError(reply, 400, "Malformed request");
    }

    @Test
    void aJsonArrayInsteadOfAnObjectIs400InTheErrorFormat() {
        var reply = api.send("POST", "/api/auth/login", "[\"ann\", \"secret\"]", JSON);

        assertContractError(reply, 400, "Malformed request");
    }

    @Test
    void aBodyOver64KilobytesIs413InTheErrorFormat() {
        var padding = "x".repeat(70 * 1024);
        var body = "{\"username\": \"ann\", \"password\": \"" + padding + "\"}";

        var reply = api.send("POST", "/api/auth/login", body, JSON);

        assertContractError(reply, 413, "Request body too large");
    }

    @Test
    void aBodyJustUnder64KilobytesIsStillRead() {
        var body = "{\"username\": \"\", \"password\": \"" + "x".repeat(60 * 1024) + "\"}";

        var reply = api.send("POST", "/api/auth/login", body, JSON);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).containsEntry("extra", Map.of("fields", Map.of("username", List.of("must not be blank"))));
    }

    @Test
    void useCaseErrorsHaveTheSameFormat() {
        var unauthorized = api.get("/api/auth/me");
        var invalidToken = api.get("/api/auth/me", "Authorization", "Bearer x.y.z");
        var invalidCredentials = api.post("/api/auth/login", Map.of("username", "nobody-here", "password", "whatever1"));

        assertContractError(unauthorized, 401, "Authentication required");
        assertContractError(invalidToken, 403, "Invalid token");
        assertContractError(invalidCredentials, 401, "Invalid credentials");
    }

    @Test
    void validationErrorsListTheFieldsInExtra() {
        var reply = api.post("/api/auth/login", Map.of());

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).containsOnlyKeys("detail", "status_code", "extra")
                .containsEntry("status_code", 422).containsEntry("detail", "Validation failed");
        assertThat(reply.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(JSON));
        @SuppressWarnings("unchecked")
        var extra = (Map<String, Object>) reply.body().get("extra");
        assertThat(extra).containsOnlyKeys("fields");
    }

    @Test
    void healthIsUp() {
        var reply = api.get("/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(Map.of("status", "UP"));
    }

    private static void assertContractError(Api.Reply reply, int status, String detail) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(JSON));
        assertThat(reply.body()).containsOnlyKeys("detail", "status_code", "extra")
                .containsEntry("detail", detail).containsEntry("status_code", status)
                .containsEntry("extra", Map.of());
        assertThat(reply.text()).doesNotContain("Exception", "exception", "\tat ", "java.", "io.micronaut",
                "com.fasterxml", "dev.warden", "Caused by", "stack");
    }
}
