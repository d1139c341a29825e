package dev.warden.bootstrap;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI 3.1 document, compiled for validation: the whole document is registered under one absolute URI, and
 * every schema is compiled (once) at its JSON pointer into it, so that its {@code $ref}s into
 * {@code #/components/...} resolve as they do for any client. Formats are asserted: a {@code date-time} or
 * {@code email} the document promises is checked, not merely annotated.
 */
final class OpenApiContract {
    private static final String ADDRESS = "https://warden.invalid/openapi.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiContract(String text) {
        this.document = JSON.readTree(text);
        var config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(ADDRESS, text)).schemaRegistryConfig(config));
    }

    static OpenApiContract of(String text) {
        return new OpenApiContract(text);
    }

    /** The document the service at {@code base} serves at {@code /openapi.json}. */
    static OpenApiContract servedBy(URI base) {
        return of(fetch(base.resolve("/openapi.json")));
    }

    JsonNode document() {
        return document;
    }

    /** The node at {@code pointer}, following a {@code $ref} into this document where the node is one. */
    JsonNode resolve(String pointer) {
        return document.at(dereference(pointer));
    }

    /** {@code pointer}, or what the {@code $ref} at it points to (repeatedly). */
    String dereference(String pointer) {
        var node = document.at(pointer);
        while (node.path("$ref").isString() && node.path("$ref").stringValue().startsWith("#")) {
            pointer = node.path("$ref").stringValue().substring(1);
            node = document.at(pointer);
        }
        return pointer;
    }

    /** The validator's errors for {@code instance} against the schema at {@code pointer}; empty when it conforms. */
    List<String> validate(String pointer, JsonNode instance) {
        return schemas.computeIfAbsent(pointer, at -> registry.getSchema(SchemaLocation.of(ADDRESS + "#" + at)))
                .validate(instance).stream()
                .map(error -> "%s: %s (%s)".formatted(error.getInstanceLocation(), error.getMessage(),
                        error.getSchemaLocation().toString().replace(ADDRESS, "")))
                .toList();
    }

    static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    /** {@code name} as one token of a JSON pointer. */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String fetch(URI uri) {
        try (var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            var reply = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + reply.statusCode());
            }
            return reply.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
