package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.shared.port.out.Telemetry;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code ops/grafana/warden.json} is JSON, and every query of every panel names a metric the service exposes. */
@MicronautTest
@Property(name = "auth.metrics.token", value = MetricsHttpTest.TOKEN)
class GrafanaDashboardHttpTest {
    private static final Path DASHBOARD = Path.of("..", "ops", "grafana", "warden.json");
    /** The metric names a query may use: the service's own and those of Micrometer's binders. */
    private static final Pattern METRIC =
            Pattern.compile("\\b(?:warden|http_server|jvm|hikaricp|process|system|executor|logback)_[a-z0-9_]+");

    @Inject
    Api api;
    @Inject
    JsonMapper json;
    @Inject
    Telemetry telemetry;

    @Test
    @SuppressWarnings("unchecked")
    void everyPanelQueriesMetricsThatExist() throws IOException, InterruptedException {
        // the series labelled by a free word exist from their first event: make one of each
        telemetry.rateLimited("login");
        telemetry.providerError("github");
        telemetry.removed("refresh_tokens", 1);
        api.post("/api/auth/login", Map.of("username", "nobody-here", "password", "Wrong-password-1"));
        var exposition = api.get("/prometheus", "Authorization", bearer(MetricsHttpTest.TOKEN));
        for (int i = 0; i < 50 && !exposition.text().contains("warden_backing_service_up"); i++) {
            Thread.sleep(100); // the first health check runs a second after the start
            exposition = api.get("/prometheus", "Authorization", bearer(MetricsHttpTest.TOKEN));
        }
        assertThat(exposition.status()).isEqualTo(200);
        var exposed = new TreeSet<String>();
        for (var series : MetricsHttpTest.parse(exposition.text()).keySet()) {
            int brace = series.indexOf('{');
            exposed.add(brace < 0 ? series : series.substring(0, brace));
        }

        Map<String, Object> dashboard = json.readValue(Files.readAllBytes(DASHBOARD), Map.class);
        var panels = (List<Map<String, Object>>) dashboard.get("panels");
        assertThat(panels).hasSizeGreaterThanOrEqualTo(10);
        var queried = new ArrayList<String>();
        for (var panel : panels) {
            var targets = (List<Map<String, Object>>) panel.get("targets");
            assertThat(targets).as(panel.get("title").toString()).isNotEmpty();
            for (var target : targets) {
                var expr = (String) target.get("expr");
                var names = METRIC.matcher(expr).results().map(match -> match.group()).toList();
                assertThat(names).as(expr).isNotEmpty();
                queried.addAll(names);
            }
        }
        assertThat(exposed).as("metrics the dashboard queries").containsAll(queried);
        assertThat(queried).contains("warden_logins_total", "http_server_requests_seconds_bucket",
                "jvm_memory_used_bytes", "hikaricp_connections_active");
    }

}
