package dev.warden.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Every route the request limits count documents the 429 they answer (the document as the processor wrote it). */
class RequestLimitDocumentationTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyLimitedRouteDocumentsItsTooManyRequests() throws IOException {
        Map<String, Object> paths;
        try (var in = getClass().getResourceAsStream("/META-INF/swagger/warden.yml")) {
            assertThat(in).as("the generated document").isNotNull();
            paths = (Map<String, Object>) new Yaml(new LoaderOptions()).<Map<String, Object>>load(in).get("paths");
        }
        assertThat(RequestLimitFilter.limitedRoutes()).contains("POST /api/auth/login", "DELETE /api/auth/me");
        for (var route : RequestLimitFilter.limitedRoutes()) {
            var method = route.substring(0, route.indexOf(' ')).toLowerCase(Locale.ROOT);
            var path = route.substring(route.indexOf(' ') + 1);
            var item = (Map<String, Object>) paths.get(path);
            assertThat(item).as(route).isNotNull().containsKey(method);
            var responses = (Map<String, Object>) ((Map<String, Object>) item.get(method)).get("responses");
            assertThat(responses).as(route).containsKey("429");
        }
    }
}
