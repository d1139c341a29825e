package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The service as a process: SIGTERM ({@link Process#destroy()}) lets a request in flight finish before it exits
 * (Application takes the signal before Micronaut's shutdown hook would close the connection).
 */
class SigtermHttpTest {

    @Test
    void sigtermFinishesTheRequestInFlightThenExits() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var log = Files.createTempFile("warden-sigterm", ".log");
        var java = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Application.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("AUTH_STORAGE", "memory");
        builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        builder.environment().put("MICRONAUT_ENVIRONMENTS", "observed-route");
        builder.environment().put("AUTH_SHUTDOWN_GRACE", "15s");
        builder.directory(Files.createTempDirectory("warden-sigterm").toFile());
        var process = builder.start();
        try {
            var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            var base = "http://127.0.0.1:" + port;
            var deadline = Instant.now().plusSeconds(90);
            while (!ready(http, base)) {
                assertThat(process.isAlive()).as(Files.readString(log)).isTrue();
                assertThat(Instant.now()).as("started within 90 s").isBefore(deadline);
                Thread.sleep(200);
            }

            var inFlight = http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/test/observed/slow?millis=3000"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            var started = Instant.now().plusSeconds(20);
            while (!Files.readString(log).contains("slow request started")) {
                assertThat(Instant.now()).as(Files.readString(log)).isBefore(started);
                Thread.sleep(50);
            }
            process.destroy();

            var reply = inFlight.get(20, TimeUnit.SECONDS);
            assertThat(reply.statusCode()).as(Files.readString(log)).isEqualTo(200);
            assertThat(reply.body()).isEqualTo("done");
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as(Files.readString(log)).isTrue();
            assertThat(process.exitValue()).isEqualTo(143);
            assertThat(Files.readString(log)).contains("SIGTERM: draining");
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    private static boolean ready(HttpClient http, String base) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
