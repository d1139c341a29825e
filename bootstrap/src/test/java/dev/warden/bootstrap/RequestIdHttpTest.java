package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

@MicronautTest(environments = "observed-route")
class RequestIdHttpTest {
    private static final String ID = "X-Request-Id";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final List<Logger> logs = List.of((Logger) LoggerFactory.getLogger(ObservedRoute.class),
            (Logger) LoggerFactory.getLogger("dev.warden.adapter.mail.LoggingMailer"));

    @BeforeEach
    void capture() {
        lines.list = new java.util.concurrent.CopyOnWriteArrayList<>(); // appended to by the server's threads
        lines.start();
        logs.forEach(log -> log.addAppender(lines));
    }

    @AfterEach
    void release() {
        logs.forEach(log -> log.detachAppender(lines));
    }

    private Api api() {
        return new Api(server.getURL(), json);
    }

    @Test
    void aWellFormedIdIsEchoedAndAMalformedOneReplaced() {
        assertThat(api().get("/health", ID, "trace-42:a.b_c-d").header(ID)).contains("trace-42:a.b_c-d");

        var malformed = api().get("/health", ID, "no spaces/or slashes");
        assertThat(malformed.header(ID)).hasValueSatisfying(id ->
                assertThat(id).isNotEqualTo("no spaces/or slashes").matches("[A-Za-z0-9_-]{22}"));
        var tooLong = api().get("/health", ID, "a".repeat(129));
        assertThat(tooLong.header(ID)).hasValueSatisfying(id -> assertThat(id).hasSize(22));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMadeIdIsOnSuccessesAndErrorsAndInTheContractErrorBody() throws IOException {
        var ok = api().get("/health");
        var first = ok.header(ID).orElseThrow();
        assertThat(first).matches("[A-Za-z0-9_-]{22}");
        assertThat(api().get("/health").header(ID)).isNotEqualTo(ok.header(ID));

        for (var error : List.of(api().get("/api/auth/me"), api().get("/no/such/route"),
                api().post("/api/auth/login", "{not json"), api().get("/api/v1/users/me"),
                api().post("/auth/login", Map.of("username", "nobody", "password", "wrong-password")))) {
            assertThat(error.header(ID)).as(error.text()).isPresent();
            if (error.status() >= 400 && !error.text().contains("\"code\"")) {
                Map<String, Object> raw = json.readValue(error.text(), Argument.mapOf(String.class, Object.class));
                assertThat((Map<String, Object>) raw.get("extra")).as(error.text())
                        .containsEntry("request_id", error.header(ID).orElseThrow());
            }
        }
        var tooLarge = api().post("/api/auth/login", "{\"username\":\"" + "x".repeat(70_000) + "\"}", ID, "big-1");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.header(ID)).contains("big-1");
        assertThat(tooLarge.text()).contains("\"request_id\":\"big-1\"");
        var sent = api().get("/api/auth/me", ID, "caller-chosen-1");
        assertThat(sent.text()).contains("\"request_id\":\"caller-chosen-1\"");
        assertThat(api().send("OPTIONS", "/api/v1/users/me", null, null, "Origin", "http://localhost:3000",
                "Access-Control-Request-Method", "GET").header(ID)).isPresent();
    }

    @Test
    void theIdIsInTheMdcOfLinesLoggedOnTheEventLoopAndOnTheBlockingExecutor() {
        var loop = api().get("/test/observed/loop", ID, "loop-line-1");
        var blocking = api().get("/test/observed/blocking", ID, "blocking-line-1");

        assertThat(loop.status()).isEqualTo(200);
        assertThat(blocking.status()).isEqualTo(200);
        assertThat(blocking.text()).isNotEqualTo(loop.text());
        assertThat(lines.list).anySatisfy(line -> {
            assertThat(line.getMessage()).isEqualTo("on the event loop");
            assertThat(line.getMDCPropertyMap()).containsEntry("request_id", "loop-line-1");
        });
        assertThat(lines.list).anySatisfy(line -> {
            assertThat(line.getMessage()).isEqualTo("on the blocking executor");
            assertThat(line.getThreadName()).isEqualTo(blocking.text());
            assertThat(line.getMDCPropertyMap()).containsEntry("request_id", "blocking-line-1");
        });
    }

    @Test
    void theIdIsInTheMdcOfThePasswordResetMailSentInTheBackground() throws InterruptedException {
        var name = api().registered("reqidmail");

        var reply = api().post("/api/auth/forgot-password", Map.of("email", name + "@example.com"),
                ID, "forgot-line-1");

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        for (int i = 0; i < 250 && lines.list.stream()
                .noneMatch(line -> line.getFormattedMessage().contains("Reset your password")); i++) {
            Thread.sleep(20);
        }
        assertThat(lines.list).anySatisfy(line -> {
            assertThat(line.getFormattedMessage()).contains(name + "@example.com", "Reset your password");
            assertThat(line.getMDCPropertyMap()).containsEntry("request_id", "forgot-line-1");
        });
    }
}
