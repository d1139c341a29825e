package dev.warden.adapter.web.openapi;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.core.util.SupplierUtil;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Serves the OpenAPI document that micronaut-openapi wrote at compile time, as YAML and as JSON, and sends
 * {@code /swagger-ui} to the Swagger UI page (static files of the same processor, no CDN). The document is read and
 * corrected and completed once, on the first request (see {@link DocumentFixes} and {@link DocumentCompletion}).
 */
@Controller
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
class OpenApiController {
    static final String GENERATED = "classpath:META-INF/swagger/warden.yml";
    private static final MediaType YAML = MediaType.of("application/yaml");

    private final Supplier<Rendered> rendered;

    OpenApiController(ResourceResolver resources, JsonMapper json,
                      @Value("${auth.public-url:" + DocumentCompletion.DEFAULT_PUBLIC_URL + "}") String publicUrl) {
        this.rendered = SupplierUtil.memoized(() -> render(resources, json, publicUrl));
    }

    @Get(uri = "/openapi.yml", produces = "application/yaml")
    HttpResponse<String> yaml() {
        return HttpResponse.ok(rendered.get().yaml()).contentType(YAML);
    }

    @Get(uri = "/openapi.json", produces = MediaType.APPLICATION_JSON)
    HttpResponse<String> json() {
        return HttpResponse.ok(rendered.get().json()).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Get("/swagger-ui")
    HttpResponse<?> swaggerUi() {
        return HttpResponse.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, "/swagger-ui/index.html");
    }

    private record Rendered(String yaml, String json) {}

    private static Rendered render(ResourceResolver resources, JsonMapper json, String publicUrl) {
        try (InputStream in = resources.getResourceAsStream(GENERATED)
                .orElseThrow(() -> new IllegalStateException(GENERATED + " is missing: was adapters-web compiled "
                        + "with the micronaut-openapi annotation processor?"))) {
            Object document = DocumentCompletion.apply(DocumentFixes.apply(new Yaml(new LoaderOptions()).load(in)),
                    publicUrl);
            var options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            options.setWidth(120);
            options.setSplitLines(false);
            return new Rendered(new Yaml(options).dump(document), json.writeValueAsString(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
