package dev.warden.bootstrap;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;

/**
 * Redis for HTTP tests: the machine's server (127.0.0.1:6379) with a key prefix of the test's own, or a
 * private redis-server process that a fault test may stop and start. Absent Redis skips the test with a
 * loud message, except under CI=true, where it fails.
 */
final class TestRedisServer {
    static final String SHARED_URI = "redis://127.0.0.1:6379";

    private final int port;
    private final Path dir;
    private Process process;

    private TestRedisServer(int port, Path dir) {
        this.port = port;
        this.dir = dir;
    }

    static void requireShared() {
        if (!reachable(6379)) {
            unavailable("Redis is not reachable at 127.0.0.1:6379");
        }
    }

    /** A redis-server of the test's own on a free port, keeping nothing on disk. */
    static TestRedisServer startPrivate() {
        try {
            var server = new TestRedisServer(freePort(), Files.createTempDirectory("warden-redis"));
            server.start();
            return server;
        } catch (IOException e) {
            unavailable("cannot start redis-server (" + e.getMessage() + ")");
            throw new IllegalStateException(e);
        }
    }

    String uri() {
        return "redis://127.0.0.1:" + port;
    }

    void start() throws IOException {
        process = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!reachable(port)) {
            if (Instant.now().isAfter(deadline) || !process.isAlive()) {
                throw new IOException("redis-server did not start on port " + port);
            }
            Thread.onSpinWait();
        }
    }

    /** Stops only the process this test started. */
    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
            process = null;
        }
    }

    private static boolean reachable(int port) {
        try (var socket = new Socket("127.0.0.1", port)) {
            return socket.isConnected();
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void unavailable(String message) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message + ": CI=true requires Redis");
        }
        System.err.println("""
                ************************************************************
                SKIPPING Redis tests: %s
                Start it, e.g.: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" (as .ci/run does)
                ************************************************************""".formatted(message));
        Assumptions.abort(message);
    }
}
