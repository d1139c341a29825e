package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, finding 8: over-long headers and URLs were answered 413 "Request body too large", and a body shorter
 * than its Content-Length got no answer for 300 s. Spoken over a raw socket, as such requests cannot be made with
 * an HTTP client.
 */
class RequestHeadLimitsHttpTest {
    private static EmbeddedServer server;

    @BeforeAll
    static void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.read-idle-timeout", "1s"), "test");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /**
     * Sends the bytes and reads what comes back until the server closes the connection (or 20 s pass); the exchange is
     * held against the OpenAPI document.
     */
    private static String exchange(String request) throws IOException {
        try (var socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            var reply = readUntilClosedOrComplete(socket.getInputStream());
            OpenApiConformance.servedBy(server.getURI()).verify(RawExchange.of(server.getURI(), request, reply));
            return reply;
        }
    }

    private static String readUntilClosedOrComplete(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        var buffer = new byte[4096];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
            var text = out.toString(StandardCharsets.UTF_8);
            if (text.contains("\r\n\r\n") && text.endsWith("}")) {
                break;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void overLongHeadersAre431InTheErrorFormat() throws IOException {
        var reply = exchange("GET /api/auth/me HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
                + "\r\n\r\n");

        assertThat(reply).startsWith("HTTP/1.1 431 ")
                .contains("{\"detail\":\"Request headers too large\",\"status_code\":431,\"extra\":{}}");
    }

    @Test
    void anOverLongUrlIs414InTheErrorFormat() throws IOException {
        var reply = exchange("GET /api/auth/me?x=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertThat(reply).matches("(?s)HTTP/1\\.[01] 414 .*")
                .contains("{\"detail\":\"Request URI too long\",\"status_code\":414,\"extra\":{}}");
    }

    @Test
    void aBodyShorterThanItsContentLengthIs408OnceItStopsArriving() throws IOException {
        var reply = exchange("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100\r\n\r\n{\"username\":\"a\"");

        assertThat(reply).startsWith("HTTP/1.1 408 ")
                .contains("{\"detail\":\"Request timeout\",\"status_code\":408,\"extra\":{}}");
    }

    @Test
    void aWholeRequestIsStillAnsweredNormally() throws IOException {
        var reply = exchange("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(reply).startsWith("HTTP/1.1 200 ");
    }
}
