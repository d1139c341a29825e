package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Swagger UI: served by the service itself (no CDN), pointed at the service's own document, open to anyone. */
class SwaggerUiHttpTest {
    private static EmbeddedServer server;
    private static Api api;

    @BeforeAll
    static void start() {
        server = ApplicationContext.run(EmbeddedServer.class, "test");
        api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    @AfterAll
    static void stop() {
        server.getApplicationContext().close();
    }

    @Test
    void swaggerUiRedirectsToItsPage() {
        var reply = api.get("/swagger-ui");

        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.header("Location")).hasValue("/swagger-ui/index.html");
    }

    @Test
    void thePageLoadsTheDocumentAndItsScriptsFromTheServiceItself() {
        var page = api.get("/swagger-ui/index.html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.text()).contains("'/openapi.yml'");
        // the page loads its scripts and styles by script, from this service; no CDN, no other origin
        assertThat(page.text()).doesNotContain("http://", "https://");
        var resources = Pattern.compile("\"/swagger-ui/(res/[^\"]+)\"").matcher(page.text()).results()
                .map(match -> match.group(1)).toList();
        assertThat(resources).contains("res/swagger-ui-bundle.js", "res/swagger-ui-standalone-preset.js",
                "res/swagger-ui.css");
        for (var resource : resources) {
            assertThat(api.get("/swagger-ui/" + resource).status()).as(resource).isEqualTo(200);
        }
    }
}
