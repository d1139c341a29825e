package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.health.HealthStatus;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.json.JsonMapper;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/** Stopping the service (what SIGTERM does, see Application) drains it: micronaut.lifecycle.graceful-shutdown. */
class GracefulShutdownHttpTest {

    @Test
    void theProbesAnswerAndARequestInFlightIsFinishedWhileReadinessIsDownAndNewConnectionsAreRefused()
            throws Exception {
        var server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("micronaut.lifecycle.graceful-shutdown.grace-period", "15s"), "test", "observed-route");
        var context = server.getApplicationContext();
        var host = server.getHost();
        var port = server.getPort();
        var api = new Api(server.getURL(), context.getBean(JsonMapper.class));
        var readiness = context.getBeansOfType(HealthIndicator.class, Qualifiers.byStereotype(Readiness.class));
        var lines = new ListAppender<ILoggingEvent>();
        lines.list = new java.util.concurrent.CopyOnWriteArrayList<>(); // appended to by the server's threads
        lines.start();
        var routeLog = (Logger) LoggerFactory.getLogger(ObservedRoute.class);
        routeLog.addAppender(lines);
        try {
            var liveness = api.get("/health/liveness");
            assertThat(liveness.status()).as(liveness.text()).isEqualTo(200);
            assertThat(liveness.body()).containsEntry("status", "UP");
            var ready = api.get("/health/readiness");
            assertThat(ready.status()).as(ready.text()).isEqualTo(200);
            assertThat(ready.body()).containsEntry("status", "UP");
            assertThat(api.get("/health").status()).isEqualTo(200);
            assertThat(down(readiness)).isFalse();

            var inFlight = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create(server.getURL() + "/test/observed/slow?millis=2000")).build(),
                    HttpResponse.BodyHandlers.ofString());
            await(() -> lines.list.stream().anyMatch(line -> line.getMessage().equals("slow request started")));

            var stopping = CompletableFuture.runAsync(context::stop);
            await(() -> down(readiness));
            await(() -> refused(host, port));
            assertThat(inFlight).isNotDone();

            var reply = inFlight.get(10, TimeUnit.SECONDS);
            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(reply.body()).isEqualTo("done");
            assertThat(reply.headers().firstValue("X-Request-Id")).isPresent();
            stopping.get(15, TimeUnit.SECONDS);
            assertThat(refused(host, port)).isTrue();
        } finally {
            routeLog.detachAppender(lines);
            if (context.isRunning()) {
                context.stop();
            }
        }
    }

    private static boolean down(Iterable<HealthIndicator> indicators) {
        for (var indicator : indicators) {
            var result = Mono.from(indicator.getResult()).block(Duration.ofSeconds(5));
            if (result != null && HealthStatus.DOWN.equals(result.getStatus())) {
                return true;
            }
        }
        return false;
    }

    private static boolean refused(String host, int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        var deadline = Instant.now().plusSeconds(5);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 5 s").isBefore(deadline);
            Thread.sleep(20);
        }
    }
}
