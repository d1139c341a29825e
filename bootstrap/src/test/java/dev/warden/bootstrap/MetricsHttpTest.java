package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.housekeeping.port.in.HousekeepingUseCase;
import dev.warden.testkit.WardenClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /prometheus}: the counters move with what happens, and only the metrics token reads them. */
@MicronautTest
@Property(name = "auth.metrics.token", value = MetricsHttpTest.TOKEN)
class MetricsHttpTest {
    static final String TOKEN = "metrics-token-of-at-least-32-characters";
    private static final String PASSWORD = WardenClient.DEFAULT_PASSWORD;

    @Inject
    Api api;

    @Inject
    HousekeepingUseCase housekeeping;

    @Test
    void aLoginAFailedLoginAndARefreshMoveTheirCounters() {
        var name = api.registered("metered");
        var before = scrape();

        var login = api.post("/api/auth/login", Map.of("username", name, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        assertThat(api.post("/api/auth/login", Map.of("username", name, "password", "Wrong-password-1"))
                .status()).isEqualTo(401);
        assertThat(api.refresh(login.string("refresh_token")).status()).isEqualTo(200);
        assertThat(api.refresh(login.string("refresh_token")).status()).isEqualTo(401); // spent: a replay

        var after = scrape();
        assertThat(delta(before, after, "warden_logins_total{method=\"password\",outcome=\"success\"}")).isEqualTo(1);
        assertThat(delta(before, after, "warden_logins_total{method=\"password\",outcome=\"failure\"}")).isEqualTo(1);
        assertThat(delta(before, after, "warden_tokens_issued_total")).isEqualTo(1);
        assertThat(delta(before, after, "warden_tokens_refreshed_total")).isEqualTo(1);
        assertThat(delta(before, after, "warden_tokens_reuse_detected_total")).isEqualTo(1);
    }

    @Test
    void aSessionLoginAndLogoutAreCounted() {
        var name = api.registered("sessioned");
        var before = scrape();

        var login = api.post("/api/auth/session/login", Map.of("username", name, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        var cookie = login.header("Set-Cookie").orElseThrow().split(";", 2)[0];
        assertThat(api.send("POST", "/api/auth/session/logout", null, null, "Cookie", cookie).status())
                .isEqualTo(200);

        var after = scrape();
        assertThat(delta(before, after, "warden_logins_total{method=\"session\",outcome=\"success\"}")).isEqualTo(1);
        assertThat(delta(before, after, "warden_sessions_started_total")).isEqualTo(1);
        assertThat(delta(before, after, "warden_sessions_ended_total")).isEqualTo(1);
    }

    @Test
    void whatASweepRemovesIsCountedByKind() {
        var name = api.registered("swept");
        var login = api.post("/api/auth/login", Map.of("username", name, "password", PASSWORD));
        assertThat(api.refresh(login.string("refresh_token")).status()).isEqualTo(200);
        var before = scrape();

        var sweep = housekeeping.sweep();

        var after = scrape();
        assertThat(sweep.ran()).isTrue();
        sweep.removed().forEach((what, rows) -> assertThat(delta(before, after,
                "warden_housekeeping_removed_total{what=\"" + what + "\"}")).as(what).isEqualTo(rows.doubleValue()));
        assertThat(after.keySet()).anyMatch(series -> series.startsWith("warden_housekeeping_removed_total{"));
    }

    @Test
    void theExpositionHasRequestLatenciesByRouteTheJvmAndThePool() {
        api.post("/api/auth/login", Map.of("username", "nobody-here", "password", "Wrong-password-1"));

        var text = api.get("/prometheus", "Authorization", bearer(TOKEN)).text();

        assertThat(text).contains("http_server_requests_seconds_bucket{", "uri=\"/api/auth/login\"",
                "jvm_memory_used_bytes{", "hikaricp_connections{", "warden_backing_service_unavailable_total{");
    }

    @Test
    void theDatabaseIsReportedUp() throws InterruptedException {
        for (int i = 0; i < 50 && !scrape().containsKey("warden_backing_service_up{service=\"database\"}"); i++) {
            Thread.sleep(100); // the first check runs a second after the start
        }

        assertThat(scrape()).containsEntry("warden_backing_service_up{service=\"database\"}", 1.0);
    }

    @Test
    void nobodyButTheMetricsTokenReadsTheMetrics() {
        var user = api.registerAndLogin(WardenClient.unique("nosy"), PASSWORD);

        assertThat(api.get("/prometheus").status()).isEqualTo(401);
        assertThat(api.get("/prometheus").header("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(api.get("/prometheus", "Authorization", bearer(TOKEN + "x")).status()).isEqualTo(401);
        assertThat(api.get("/prometheus", "Authorization", bearer(user.accessToken())).status()).isEqualTo(401);
        assertThat(api.get("/prometheus", "Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString(("x:" + TOKEN).getBytes())).status()).isEqualTo(401);
        assertThat(api.get("/prometheus", "Authorization", bearer(TOKEN)).status()).isEqualTo(200);
    }

    /** Every sample of the exposition, by series ({@code name{labels}}), without the comments. */
    private Map<String, Double> scrape() {
        var reply = api.get("/prometheus", "Authorization", bearer(TOKEN));
        assertThat(reply.status()).isEqualTo(200);
        return parse(reply.text());
    }

    static Map<String, Double> parse(String exposition) {
        var samples = new HashMap<String, Double>();
        for (var line : exposition.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
        return samples;
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String series) {
        assertThat(after).containsKey(series);
        return after.get(series) - before.getOrDefault(series, 0.0);
    }
}
