package dev.warden.bootstrap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The invalid twins of a valid request: each changes one thing so that the document refuses the request, and is kept
 * only when {@link SchemaChecks} agrees that it does. In the body, at any depth: a required property left out, a
 * value of a type the schema does not list (among them {@code null} where it is not nullable, and a body that is
 * {@code null}, {@code []} or a string), a string beyond {@code maxLength} or under {@code minLength}, a value outside
 * an {@code enum}, a number beyond its bounds, a string that misses the {@code pattern}, a key that
 * {@code additionalProperties: false} forbids. A form's fields are all text: its mutations are
 * judged as the server reads them. In the query: a value of the wrong type, outside its {@code enum} or
 * bounds, and a required parameter left out. Path and header parameters are not mutated.
 */
final class SchemaMutations {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String NOT_LISTED = "not-a-listed-value";
    private static final List<Object> OF_EVERY_TYPE = values(null, "x", 12345, 1.5, true, List.of(), Map.of());
    private static final List<String> PATTERN_MISSES = List.of("", "~", "!!", "a b", "0", "x".repeat(300));

    private final OperationRequests requests;

    SchemaMutations(OperationRequests requests) {
        this.requests = requests;
    }

    List<GeneratedRequest> of(GeneratedRequest valid, JsonSchema body) {
        var mutated = new ArrayList<GeneratedRequest>();
        if (body != null) {
            var form = FORM.equals(valid.operation().bodyType());
            for (var invalid : invalidValues(body, valid.body(), "body")) {
                if (!form || invalid.value() instanceof Map<?, ?> fields && !SchemaChecks.admits(body, read(body, fields))) {
                    mutated.add(valid.mutated(invalid.description(), valid.query(), invalid.value()));
                }
            }
        }
        requests.querySchemas(valid.operation()).forEach((name, schema) -> {
            var current = valid.query().containsKey(name) ? (Object) valid.query().get(name) : SchemaGenerators.ABSENT;
            for (var invalid : invalidValues(schema, current, "query " + name)) {
                if (invalid.value() != null && !SchemaChecks.admits(schema, coerced(schema, text(invalid.value())))) {
                    var query = new LinkedHashMap<>(valid.query());
                    query.put(name, text(invalid.value()));
                    mutated.add(valid.mutated(invalid.description(), query, valid.body()));
                }
            }
            var parameter = valid.operation().parameters().stream().filter(p -> p.name().equals(name)).findFirst();
            if (parameter.orElseThrow().required() && valid.query().containsKey(name)) {
                var query = new LinkedHashMap<>(valid.query());
                query.remove(name);
                mutated.add(valid.mutated("query without required " + name, query, valid.body()));
            }
        });
        return mutated;
    }

    /** A value that the schema refuses, and what was done to get it. */
    record Invalid(String description, Object value) {}

    private static List<Invalid> invalidValues(JsonSchema schema, Object current, String where) {
        var candidates = new ArrayList<Invalid>();
        for (var value : OF_EVERY_TYPE) {
            if (!schema.admits(JsonSchema.typeOf(value))) {
                candidates.add(new Invalid(where + " is " + JsonText.write(value) + ", of a type the schema does not list "
                        + schema.types(), value));
            }
        }
        schema.enumValues().ifPresent(values -> candidates.add(new Invalid(where + " outside " + values, NOT_LISTED)));
        schema.number("maxLength").ifPresent(max -> candidates.add(new Invalid(where + " longer than " + max,
                "a".repeat(max.intValue() + 1))));
        schema.number("minLength").filter(min -> min.intValue() > 0).ifPresent(min -> candidates.add(
                new Invalid(where + " shorter than " + min, "a".repeat(min.intValue() - 1))));
        schema.string("pattern").ifPresent(pattern -> PATTERN_MISSES.forEach(miss -> candidates.add(
                new Invalid(where + " not matching " + pattern, miss))));
        for (var bound : List.of("minimum", "exclusiveMinimum")) {
            schema.number(bound).ifPresent(min -> candidates.add(new Invalid(where + " under its " + bound + " " + min,
                    min.longValue() - 1)));
        }
        for (var bound : List.of("maximum", "exclusiveMaximum")) {
            schema.number(bound).ifPresent(max -> candidates.add(new Invalid(where + " over its " + bound + " " + max,
                    max.longValue() + 1)));
        }
        if (current instanceof Map<?, ?> object && schema.admits("object")) {
            candidates.addAll(objectMutations(schema, object, where));
        }
        return candidates.stream().filter(invalid -> !SchemaChecks.admits(schema, invalid.value())).toList();
    }

    private static List<Invalid> objectMutations(JsonSchema schema, Map<?, ?> object, String where) {
        var mutations = new ArrayList<Invalid>();
        for (var name : schema.required()) {
            if (object.containsKey(name)) {
                var without = copy(object);
                without.remove(name);
                mutations.add(new Invalid(where + " without required " + name, without));
            }
        }
        schema.properties().forEach((name, property) -> {
            var current = object.containsKey(name) ? object.get(name) : SchemaGenerators.ABSENT;
            for (var invalid : invalidValues(property, current, where + "." + name)) {
                var with = copy(object);
                with.put(name, invalid.value());
                mutations.add(new Invalid(invalid.description(), with));
            }
        });
        if (schema.forbidsAdditionalProperties()) {
            var with = copy(object);
            with.put("unexpected_property", "x");
            mutations.add(new Invalid(where + " with a property that additionalProperties: false forbids", with));
        }
        return mutations;
    }

    private static Map<String, Object> copy(Map<?, ?> object) {
        var copy = new LinkedHashMap<String, Object>();
        object.forEach((key, value) -> copy.put((String) key, value));
        return copy;
    }

    /** A form as a server reads it: every field that is sent is text, read as the schema's type where it can be. */
    private static Map<String, Object> read(JsonSchema schema, Map<?, ?> fields) {
        var properties = schema.properties();
        var read = new LinkedHashMap<String, Object>();
        fields.forEach((name, value) -> {
            if (value != null) {
                var property = properties.getOrDefault(name, JsonSchema.of(Map.of(), schema.document()));
                read.put((String) name, coerced(property, text(value)));
            }
        });
        return read;
    }

    private static String text(Object value) {
        return value instanceof String string ? string : JsonText.write(value);
    }

    /** A query value as a server reads it for this schema: a number or a boolean where the schema has one. */
    private static Object coerced(JsonSchema schema, String text) {
        if (schema.admits("integer") && text.matches("-?\\d{1,18}")) {
            return Long.parseLong(text);
        }
        if (schema.admits("boolean") && (text.equals("true") || text.equals("false"))) {
            return Boolean.parseBoolean(text);
        }
        return text;
    }

    private static List<Object> values(Object... values) {
        return Arrays.asList(values);
    }
}
