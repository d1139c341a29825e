package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(environments = "failing-route")
class UnexpectedErrorHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void anUnexpectedExceptionIsA500InTheContractFormatWithoutInternals() {
        var reply = new Api(server.getURL(), json).get("/test/failing");

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.body()).isEqualTo(Map.of("detail", "Internal server error", "status_code", 500, "extra", Map.of()));
        assertThat(reply.text()).doesNotContain("IllegalStateException", "jdbc:", "secret", "at dev.warden");
        assertThat(reply.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("application/json"));
    }
}
