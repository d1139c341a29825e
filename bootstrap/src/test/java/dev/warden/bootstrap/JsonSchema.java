package dev.warden.bootstrap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON schema of the document with its {@code $ref}s followed and its {@code allOf} merged into one, read through
 * the keywords that generation and mutation use. Without {@code type}, the types follow from the other keywords
 * ({@code properties}: an object; {@code enum}: its values' types), and a schema that says nothing admits any value.
 */
record JsonSchema(Map<String, Object> keywords, OpenApiDocument document) {
    static final List<String> ALL_TYPES = List.of("string", "integer", "number", "boolean", "object", "array", "null");

    static JsonSchema of(Map<String, Object> schema, OpenApiDocument document) {
        return new JsonSchema(merged(schema, document), document);
    }

    /** {@code allOf} folded into the schema: properties and required joined, types intersected, other keywords kept. */
    private static Map<String, Object> merged(Map<String, Object> schema, OpenApiDocument document) {
        var resolved = document.resolve(schema);
        var merged = new LinkedHashMap<>(resolved);
        merged.remove("allOf");
        for (var part : OpenApiDocument.list(resolved.get("allOf"))) {
            var other = merged(OpenApiDocument.map(part), document);
            for (var entry : other.entrySet()) {
                switch (entry.getKey()) {
                    case "properties" -> {
                        var properties = new LinkedHashMap<>(OpenApiDocument.map(merged.getOrDefault("properties", Map.of())));
                        properties.putAll(OpenApiDocument.map(entry.getValue()));
                        merged.put("properties", properties);
                    }
                    case "required" -> {
                        var required = new LinkedHashSet<>(OpenApiDocument.list(merged.get("required")));
                        required.addAll(OpenApiDocument.list(entry.getValue()));
                        merged.put("required", new ArrayList<>(required));
                    }
                    case "type" -> {
                        if (merged.containsKey("type")) {
                            var types = new ArrayList<>(typeList(merged.get("type")));
                            types.retainAll(typeList(entry.getValue()));
                            merged.put("type", types);
                        } else {
                            merged.put("type", entry.getValue());
                        }
                    }
                    default -> merged.putIfAbsent(entry.getKey(), entry.getValue());
                }
            }
        }
        return merged;
    }

    private static List<String> typeList(Object type) {
        return type instanceof String single ? List.of(single)
                : OpenApiDocument.list(type).stream().map(String.class::cast).toList();
    }

    /** The JSON types of the values this schema admits. */
    List<String> types() {
        if (keywords.containsKey("type")) {
            var types = new ArrayList<>(typeList(keywords.get("type")));
            if (types.contains("number") && !types.contains("integer")) {
                types.add("integer");
            }
            return types;
        }
        if (keywords.containsKey("const")) {
            return List.of(typeOf(keywords.get("const")));
        }
        if (keywords.containsKey("enum")) {
            return enumValues().orElseThrow().stream().map(JsonSchema::typeOf).distinct().toList();
        }
        if (keywords.containsKey("properties") || keywords.containsKey("additionalProperties")) {
            return List.of("object");
        }
        return ALL_TYPES;
    }

    boolean admits(String type) {
        return types().contains(type);
    }

    /** The values of {@code enum} or {@code const}, when the schema lists them. */
    Optional<List<Object>> enumValues() {
        if (keywords.containsKey("const")) {
            var value = new ArrayList<>();
            value.add(keywords.get("const"));
            return Optional.of(value);
        }
        return keywords.containsKey("enum") ? Optional.of(OpenApiDocument.list(keywords.get("enum"))) : Optional.empty();
    }

    Map<String, JsonSchema> properties() {
        var properties = new LinkedHashMap<String, JsonSchema>();
        OpenApiDocument.map(keywords.getOrDefault("properties", Map.of()))
                .forEach((name, schema) -> properties.put(name, of(OpenApiDocument.map(schema), document)));
        return properties;
    }

    Set<String> required() {
        var required = new LinkedHashSet<String>();
        OpenApiDocument.list(keywords.get("required")).forEach(name -> required.add((String) name));
        return required;
    }

    /** The schema of the keys beyond {@code properties}: empty when there are none or the document says nothing. */
    Optional<JsonSchema> additionalProperties() {
        var additional = keywords.get("additionalProperties");
        if (additional instanceof Map<?, ?> schema) {
            return Optional.of(of(OpenApiDocument.map(schema), document));
        }
        return Boolean.TRUE.equals(additional) ? Optional.of(of(Map.of(), document)) : Optional.empty();
    }

    boolean forbidsAdditionalProperties() {
        return Boolean.FALSE.equals(keywords.get("additionalProperties"));
    }

    Optional<JsonSchema> items() {
        return Optional.ofNullable(keywords.get("items")).map(items -> of(OpenApiDocument.map(items), document));
    }

    List<JsonSchema> alternatives() {
        var alternatives = new ArrayList<JsonSchema>();
        for (var keyword : List.of("oneOf", "anyOf")) {
            for (var alternative : OpenApiDocument.list(keywords.get(keyword))) {
                var combined = new LinkedHashMap<>(keywords);
                combined.remove("oneOf");
                combined.remove("anyOf");
                combined.put("allOf", List.of(alternative));
                alternatives.add(of(combined, document));
            }
        }
        return alternatives;
    }

    Optional<String> string(String keyword) {
        return Optional.ofNullable((String) keywords.get(keyword));
    }

    Optional<Number> number(String keyword) {
        return keywords.get(keyword) instanceof Number number ? Optional.of(number) : Optional.empty();
    }

    /** The document's own sample values: {@code example} and {@code examples}. */
    List<Object> examples() {
        var examples = new ArrayList<>();
        if (keywords.containsKey("example")) {
            examples.add(keywords.get("example"));
        }
        examples.addAll(OpenApiDocument.list(keywords.get("examples")));
        return examples;
    }

    static String typeOf(Object value) {
        return switch (value) {
            case null -> "null";
            case String ignored -> "string";
            case Boolean ignored -> "boolean";
            case Integer ignored -> "integer";
            case Long ignored -> "integer";
            case Number ignored -> "number";
            case Map<?, ?> ignored -> "object";
            case List<?> ignored -> "array";
            default -> throw new IllegalArgumentException("not a JSON value: " + value);
        };
    }
}
