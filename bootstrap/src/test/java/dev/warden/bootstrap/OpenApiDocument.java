package dev.warden.bootstrap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI document that the service serves, read as plain maps: its operations, and the schemas that their
 * {@code $ref}s name. The property tests generate their requests from it alone, so that they test what a client of
 * the document would send.
 */
final class OpenApiDocument {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String COMPONENT = "#/components/";

    private final Map<String, Object> document;

    OpenApiDocument(Map<String, Object> document) {
        this.document = document;
    }

    /** Every operation, in the document's order. */
    List<OpenApiOperation> operations() {
        var operations = new ArrayList<OpenApiOperation>();
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                operations.add(operation(method.toUpperCase(Locale.ROOT), path, map(operation)));
            }
        }));
        return operations;
    }

    /** {@code schema} itself, or the one its {@code $ref} names (followed until there is none). */
    Map<String, Object> resolve(Map<String, Object> schema) {
        var resolved = schema;
        while (resolved.get("$ref") instanceof String ref) {
            if (!ref.startsWith(COMPONENT)) {
                throw new IllegalArgumentException("only references into the components are followed: " + ref);
            }
            Object node = map(document.get("components"));
            for (var segment : ref.substring(COMPONENT.length()).split("/")) {
                node = map(node).get(segment.replace("~1", "/").replace("~0", "~"));
            }
            resolved = map(node);
        }
        return resolved;
    }

    private OpenApiOperation operation(String method, String path, Map<String, Object> operation) {
        var parameters = list(operation.get("parameters")).stream().map(OpenApiDocument::map).map(this::resolve)
                .map(parameter -> new OpenApiOperation.Parameter((String) parameter.get("name"),
                        (String) parameter.get("in"), Boolean.TRUE.equals(parameter.get("required")),
                        map(parameter.getOrDefault("schema", Map.of()))))
                .toList();
        String bodyType = null;
        Map<String, Object> body = null;
        var requestBody = resolve(map(operation.getOrDefault("requestBody", Map.of())));
        var content = map(requestBody.getOrDefault("content", Map.of()));
        for (var type : List.of("application/json", "application/x-www-form-urlencoded")) {
            if (content.containsKey(type)) {
                bodyType = type;
                body = map(map(content.get(type)).getOrDefault("schema", Map.of()));
                break;
            }
        }
        var security = new LinkedHashSet<String>();
        list(operation.getOrDefault("security", document.getOrDefault("security", List.of())))
                .forEach(requirement -> security.addAll(map(requirement).keySet()));
        var replies = new LinkedHashMap<String, Map<String, Object>>();
        map(operation.get("responses")).forEach((status, reply) -> {
            var json = map(resolve(map(reply)).getOrDefault("content", Map.of())).get("application/json");
            replies.put(status, json == null ? Map.of() : map(map(json).getOrDefault("schema", Map.of())));
        });
        return new OpenApiOperation(method, path, parameters, bodyType, body,
                Boolean.TRUE.equals(requestBody.get("required")), Set.copyOf(security), replies);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        if (!(node instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("not an object in the document: " + node);
        }
        return (Map<String, Object>) node;
    }

    static List<Object> list(Object node) {
        return node == null ? List.of() : Collections.unmodifiableList(new ArrayList<>((List<?>) node));
    }
}
