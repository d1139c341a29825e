package dev.warden.bootstrap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;

/**
 * The requests to an operation that its document admits: every parameter and the body from their schemas. Optional
 * parameters are left out as often as not, an optional body now and then; a null parameter (a type that admits null)
 * is one that is left out, as a query cannot say null. Path parameters are never empty and use only letters, digits,
 * {@code -} and {@code _} unless their schema says more: an empty segment or a dot segment would name another route,
 * not another value. Header parameters are visible ASCII without spaces, which is what a header carries unchanged.
 */
final class OperationRequests {
    private static final int FILTER_MISSES = 10_000;
    private final OpenApiDocument document;

    OperationRequests(OpenApiDocument document) {
        this.document = document;
    }

    Gen<GeneratedRequest> valid(OpenApiOperation operation) {
        var parameters = operation.parameters();
        var values = new ArrayList<Gen<Object>>();
        for (var parameter : parameters) {
            var schema = JsonSchema.of(parameter.schema(), document);
            var value = switch (parameter.in()) {
                case "path" -> pathValue(schema);
                case "header" -> Generators.filter(SchemaGenerators.valid(schema), FILTER_MISSES,
                        OperationRequests::headerValue, "header " + parameter.name());
                default -> SchemaGenerators.valid(schema);
            };
            values.add(parameter.required() ? value
                    : Generators.frequency(1, Generators.constant(SchemaGenerators.ABSENT), 1, value));
        }
        var body = operation.body() == null ? Generators.constant(SchemaGenerators.ABSENT)
                : SchemaGenerators.valid(JsonSchema.of(operation.body(), document));
        if (operation.body() != null && !operation.bodyRequired()) {
            body = Generators.frequency(1, Generators.constant(SchemaGenerators.ABSENT), 3, body);
        }
        Gen<GeneratedRequest> requests = Generators.sequence(values).zip(body, (list, content) -> {
            var path = new LinkedHashMap<String, String>();
            var query = new LinkedHashMap<String, String>();
            var headers = new LinkedHashMap<String, String>();
            for (int i = 0; i < parameters.size(); i++) {
                var value = list.get(i);
                if (value == SchemaGenerators.ABSENT || value == null) {
                    continue;
                }
                var text = value instanceof String string ? string : JsonText.write(value);
                switch (parameters.get(i).in()) {
                    case "path" -> path.put(parameters.get(i).name(), text);
                    case "query" -> query.put(parameters.get(i).name(), text);
                    case "header" -> headers.put(parameters.get(i).name(), text);
                    default -> throw new IllegalArgumentException("parameters in " + parameters.get(i).in()
                            + " are not generated: " + operation);
                }
            }
            return new GeneratedRequest(operation, path, query, headers, content, null);
        });
        return random -> {
            try {
                return requests.generate(random);
            } catch (IllegalStateException e) {   // a filter that found nothing: which operation's
                throw new IllegalStateException(operation + ": " + e.getMessage(), e);
            }
        };
    }

    private static Gen<Object> pathValue(JsonSchema schema) {
        var plain = schema.keywords().keySet().stream()
                .noneMatch(keyword -> List.of("enum", "const", "format", "pattern", "minLength", "maxLength")
                        .contains(keyword));
        if (plain) {
            return Generators.strings("abcdefghijklmnopqrstuvwxyz0123456789-_", 1, 24).map(Object.class::cast);
        }
        return Generators.filter(SchemaGenerators.valid(schema), FILTER_MISSES, value -> value != null
                && !List.of("", ".", "..").contains(value instanceof String text ? text : JsonText.write(value)),
                "path parameter " + schema.keywords());
    }

    /** Whether HTTP carries {@code value} in a header as it is: visible ASCII, no surrounding space to trim. */
    private static boolean headerValue(Object value) {
        return value == null || (value instanceof String text ? text : JsonText.write(value)).matches("[!-~]*");
    }

    /** The request's parameters and body as the document describes them, for {@link SchemaMutations}. */
    Map<String, JsonSchema> querySchemas(OpenApiOperation operation) {
        var schemas = new LinkedHashMap<String, JsonSchema>();
        operation.parameters().stream().filter(parameter -> parameter.in().equals("query"))
                .forEach(parameter -> schemas.put(parameter.name(), JsonSchema.of(parameter.schema(), document)));
        return schemas;
    }
}
