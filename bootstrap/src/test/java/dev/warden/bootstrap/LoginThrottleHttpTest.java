package dev.warden.bootstrap;

import static dev.warden.testkit.WardenClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.testkit.WardenClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failed-login throttling over HTTP (defaults: 5 failures per account per 15 minutes, then locks of 1 minute
 * doubling up to 15), on a clock the test moves.
 */
class LoginThrottleHttpTest {
    private static final String PASSWORD = WardenClient.DEFAULT_PASSWORD;   // the kit registers users with it
    private static final Map<String, Object> INVALID =
            Map.of("detail", "Invalid credentials", "status_code", 401, "extra", Map.of());

    private static EmbeddedServer server;
    private static MutableClock clock;
    private static Api api;

    @BeforeAll
    static void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(), "test", "mutable-clock");
        clock = server.getApplicationContext().getBean(MutableClock.class);
        api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    @AfterAll
    static void stop() {
        server.getApplicationContext().close();
    }

    /** Each test starts after every earlier lock and window has run out. */
    @BeforeEach
    void later() {
        clock.advance(Duration.ofDays(2));
    }

    private static String registered() {
        return api.kit().register(unique("thr")).username();
    }

    private static Api.Reply login(String username, String password) {
        return api.post("/api/auth/login", Map.of("username", username, "password", password));
    }

    private static Map<String, Object> locked(int seconds) {
        return Map.of("detail", "Too many failed login attempts", "status_code", 429,
                "extra", Map.of("retry_after", seconds));
    }

    /** Status, body and Retry-After of each answer. */
    private static List<List<Object>> tenWrongThenTheRightOne(String username) {
        var answers = new ArrayList<List<Object>>();
        for (int i = 0; i < 10; i++) {
            var reply = login(username, "Wr0ng-" + PASSWORD);
            answers.add(List.of(reply.status(), reply.body(), reply.header("Retry-After").orElse("-")));
        }
        var right = login(username, PASSWORD);
        answers.add(List.of(right.status(), right.body(), right.header("Retry-After").orElse("-")));
        return answers;
    }

    @Test
    void tenWrongPasswordsThenTheRightOneIsStillThrottled() {
        var answers = tenWrongThenTheRightOne(registered());

        assertThat(answers.subList(0, 5)).containsOnly(List.of(401, INVALID, "-"));
        assertThat(answers.subList(5, 11)).containsOnly(List.of(429, locked(60), "60"));
    }

    @Test
    void anUnknownAccountGivesTheSameStatusesAndBodies() {
        var known = tenWrongThenTheRightOne(registered());
        var unknown = tenWrongThenTheRightOne("ghost" + UUID.randomUUID().toString().substring(0, 8));

        assertThat(unknown).isEqualTo(known);
    }

    @Test
    void theLockLiftsAfterRetryAfterAndASuccessResetsTheCounter() {
        var name = registered();
        for (int i = 0; i < 5; i++) {
            login(name, "Wr0ng-" + PASSWORD);
        }
        var refused = login(name, PASSWORD);
        assertThat(refused.status()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());

        clock.advance(Duration.ofSeconds(retryAfter - 1));
        assertThat(login(name, PASSWORD).status()).isEqualTo(429);
        clock.advance(Duration.ofSeconds(1));
        assertThat(login(name, PASSWORD).status()).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(login(name, "Wr0ng-" + PASSWORD).status()).as("failure %d after the reset", i + 1)
                    .isEqualTo(401);
        }
    }

    @Test
    void theNextLockIsLonger() {
        var name = registered();
        for (int i = 0; i < 5; i++) {
            login(name, "Wr0ng-" + PASSWORD);
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(login(name, "Wr0ng-" + PASSWORD).status()).isEqualTo(401);

        var second = login(name, PASSWORD);
        assertThat(second.status()).isEqualTo(429);
        assertThat(second.header("Retry-After")).contains("120");
    }

    private static Api.Reply form(String path, String username, String password) {
        return api.send("POST", path, "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
    }

    /** The status of the right password on every way in, each by the identifier given. */
    private static List<Integer> rightPasswordEverywhere(String username, String email) {
        return List.of(login(email, PASSWORD).status(),
                api.post("/api/auth/session/login", Map.of("username", email, "password", PASSWORD)).status(),
                form("/api/auth/token", email, PASSWORD).status(),
                form("/auth/login", username, PASSWORD).status(),
                api.post("/api/v1/auth/password/sign-in", Map.of("email", email, "password", PASSWORD)).status(),
                login(username, PASSWORD).status());
    }

    @Test
    void fiveWrongPasswordsByUsernameLockTheAccountByEmailOnEveryWayIn() {
        var name = registered();
        for (int i = 0; i < 5; i++) {
            assertThat(login(name, "Wr0ng-" + PASSWORD).status()).isEqualTo(401);
        }

        assertThat(rightPasswordEverywhere(name, name.toUpperCase() + "@Example.com"))
                .containsExactly(429, 429, 429, 429, 429, 429);
    }

    @Test
    void failuresSpreadOverEveryWayInAndEveryIdentifierLockTheAccount() {
        var name = registered();
        var email = name + "@example.com";
        assertThat(login(email, "Wr0ng-1").status()).isEqualTo(401);
        assertThat(api.post("/api/auth/session/login", Map.of("username", name.toUpperCase(), "password", "Wr0ng-2"))
                .status()).isEqualTo(401);
        assertThat(form("/api/auth/token", email.toUpperCase(), "Wr0ng-3").status()).isEqualTo(401);
        assertThat(form("/auth/login", name, "Wr0ng-4").body()).containsEntry("success", false);
        assertThat(api.post("/api/v1/auth/password/sign-in", Map.of("email", email, "password", "Wr0ng-5"))
                .status()).isEqualTo(400);

        var locked = login(name, PASSWORD);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.body()).isEqualTo(locked(60));
        assertThat(rightPasswordEverywhere(name, email)).containsOnly(429);
    }

    @Test
    void everyPasswordWayInSharesTheAccountCounter() {
        var name = registered();
        api.post("/api/auth/session/login", Map.of("username", name, "password", "Wr0ng-1"));
        api.post("/api/auth/session/login", Map.of("username", name, "password", "Wr0ng-2"));
        api.send("POST", "/api/auth/token", "username=" + name + "&password=Wr0ng-3",
                "application/x-www-form-urlencoded");
        login(name, "Wr0ng-4");
        login(name.toUpperCase() + "", "Wr0ng-5");

        var session = api.post("/api/auth/session/login", Map.of("username", name, "password", PASSWORD));
        var form = api.send("POST", "/api/auth/token", "username=" + name + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        assertThat(List.of(session.status(), form.status(), login(name, PASSWORD).status()))
                .containsExactly(429, 429, 429);
        assertThat(session.body()).isEqualTo(locked(60));
        assertThat(session.header("Set-Cookie")).isEmpty();
    }
}
