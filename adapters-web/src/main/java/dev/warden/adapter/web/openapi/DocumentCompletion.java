package dev.warden.adapter.web.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the document must say that no annotation of a controller method can, added to the parsed document once, after
 * {@link DocumentFixes}:
 * <ul>
 *   <li><b>The answers of the layers in front of the controllers</b>, on every operation: 400 for a request head that
 *   HTTP parsing refuses (a control character in a header), 403 for a page of another origin calling a service on
 *   localhost (the framework's CORS filter), 408 for a request that is too slow, 413 for a body
 *   over the limit, 414 and 431 for a request line or headers over theirs, 415 for a body of another media type than
 *   the operation reads (on operations with a body), and 503 when a backing server is down (authentication and the
 *   request limits read them before any controller). Under {@code /api/v1}, these come in Stack's format when the
 *   request got as far as the routes and in the contract's when HTTP parsing refused it, so their schema is either.
 *   Besides: 422 wherever a JSON body is read (a value of the wrong type), 429 wherever HTTP Basic logs in (throttled
 *   as a login), and under {@code /api/v1} the 401 of the publishable client keys (in the SDK's codes on the OAuth
 *   endpoints). A client generated from the document thus knows every status it can meet.</li>
 *   <li><b>Request bodies as the service reads them</b>: an object ({@code null}, an array or a string is refused),
 *   whose required properties take no {@code null} (the service reports a missing or null one alike, in a 422).
 *   micronaut-openapi types a {@code @Nullable} record component as {@code [T, "null"]}, which every request body
 *   needs so that all missing fields are reported at once, not the first one by the JSON reader. A body is required
 *   exactly when its schema requires a property; one that requires none may be absent or {@code null}.</li>
 *   <li><b>Every object schema says {@code type: object}</b>: without it, any JSON value would validate.</li>
 *   <li><b>Examples of this service's own pages are at its public URL</b>: the annotations write
 *   {@code http://localhost:8080} (the default {@code AUTH_PUBLIC_URL}); a callback URL there is refused by a service
 *   elsewhere, so a client that sends the example would be refused.</li>
 * </ul>
 */
final class DocumentCompletion {
    private static final String ERROR = "#/components/schemas/Error";
    private static final String STACK_ERROR = "#/components/schemas/StackError";
    private static final Map<String, Object> EITHER =
            Map.of("anyOf", List.of(Map.of("$ref", STACK_ERROR), Map.of("$ref", ERROR)));
    private static final String STACK_PREFIX = "/api/v1/";
    /** The OAuth endpoints of {@code /api/v1}, which only Stack's SDK calls: their errors are in its codes. */
    private static final String STACK_OAUTH = "/api/v1/auth/oauth/";
    private static final String RESPONSES = "#/components/responses/";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** A status that any operation may answer, and why: the reply is the framework's, before any controller. */
    private record Early(String status, String name, String detail, String description, boolean bodyOnly) {
        /** The name that Stack's format gives it, under {@code /api/v1}: the detail in CamelCase. */
        String stackCode() {
            var code = new StringBuilder();
            for (var word : detail.split(" ")) {
                code.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
            return code.toString();
        }
    }

    private static final List<Early> EARLY = List.of(
            new Early("400", "MalformedRequest", "Malformed request", null, false),
            new Early("403", "CrossOriginRefused", "Forbidden", "A page of another origin calling a service that "
                    + "runs on localhost: the framework refuses it (Micronaut's protection of local services).", false),
            new Early("408", "RequestTimeout", "Request timeout",
                    "The request (its head or its body) came too slowly; the connection is closed.", false),
            new Early("413", "PayloadTooLarge", "Request body too large",
                    "The body is over the service's limit (64 KB).", false),
            new Early("414", "UriTooLong", "Request URI too long", "The request line is over the service's limit.",
                    false),
            new Early("415", "UnsupportedMediaType", "Unsupported media type",
                    "The body is of another media type than the operation reads.", true),
            new Early("431", "HeadersTooLarge", "Request headers too large",
                    "The request's headers are over the service's limit.", false),
            new Early("503", "Unavailable", null, null, false));

    private DocumentCompletion() {}

    /** The service's public URL as the annotations write it. */
    static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";

    @SuppressWarnings("unchecked")
    static Object apply(Object document, String publicUrl) {
        var root = (Map<String, Object>) document;
        atPublicUrl(root, publicUrl.replaceAll("/+$", ""));
        var components = (Map<String, Object>) root.computeIfAbsent("components", key -> new LinkedHashMap<>());
        var schemas = (Map<String, Object>) components.computeIfAbsent("schemas", key -> new LinkedHashMap<>());
        var responses = (Map<String, Object>) components.computeIfAbsent("responses", key -> new LinkedHashMap<>());
        addEarlyResponses(responses);
        schemas.values().forEach(DocumentCompletion::typeObjects);
        var requestSchemas = new HashSet<String>();
        var paths = (Map<String, Object>) root.getOrDefault("paths", Map.of());
        paths.forEach((path, item) -> operations(item).forEach(operation -> {
            boolean stack = path.startsWith(STACK_PREFIX);
            var answers = (Map<String, Object>) operation.computeIfAbsent("responses", key -> new LinkedHashMap<>());
            boolean hasBody = operation.get("requestBody") instanceof Map<?, ?> body
                    && body.get("content") instanceof Map<?, ?> content && !content.isEmpty();
            for (var early : EARLY) {
                if (early.bodyOnly() && !hasBody) {
                    continue;
                }
                var name = (stack ? "Stack" : "") + early.name();
                answers.putIfAbsent(early.status(), Map.of("$ref", "#/components/responses/" + name));
                // Under /api/v1 the operation's own refusal is in Stack's format; what HTTP parsing refuses is in
                // the contract's (a 503 always comes from inside, in Stack's format).
                if (stack && !early.status().equals("503") && answers.get(early.status()) instanceof Map<?, ?> own
                        && own.get("$ref") instanceof String ref) {
                    eitherFormat(responses, ref.substring(ref.lastIndexOf('/') + 1));
                }
            }
            if (hasJson(operation)) {
                answers.putIfAbsent("422", Map.of("$ref", RESPONSES + (stack ? "StackSchemaError" : "ValidationFailed")));
            }
            if (operation.get("security") instanceof List<?> security
                    && security.stream().anyMatch(scheme -> scheme instanceof Map<?, ?> m && m.containsKey("basic"))) {
                // HTTP Basic is a password login on every request, throttled as one
                answers.putIfAbsent("429", Map.of("$ref", RESPONSES + "LoginThrottled"));
            }
            if (stack) {
                answers.putIfAbsent("401", Map.of("$ref", RESPONSES + (path.startsWith(STACK_OAUTH)
                        ? "StackSdkClientKeyRefused" : "StackClientKeyRefused")));
            }
            if (operation.get("requestBody") instanceof Map<?, ?> body) {
                referencedSchemas(body, requestSchemas);
                requiredExactlyWhenSomethingIs((Map<String, Object>) body, schemas);
            }
            sortByStatus(operation, answers);
        }));
        requestSchemas.forEach(name -> {
            if (schemas.get(name) instanceof Map<?, ?> schema) {
                requiredNotNull((Map<String, Object>) schema);
            }
        });
        return document;
    }

    @SuppressWarnings("unchecked")
    private static void atPublicUrl(Object node, String publicUrl) {
        if (node instanceof Map<?, ?> raw) {
            ((Map<String, Object>) raw).replaceAll((key, value) -> value instanceof String text
                    && text.startsWith(DEFAULT_PUBLIC_URL) ? publicUrl + text.substring(DEFAULT_PUBLIC_URL.length())
                    : value);
            raw.values().forEach(value -> atPublicUrl(value, publicUrl));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> atPublicUrl(value, publicUrl));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> operations(Object item) {
        var found = new ArrayList<Map<String, Object>>();
        if (item instanceof Map<?, ?> methods) {
            methods.forEach((method, operation) -> {
                if (METHODS.contains(method) && operation instanceof Map<?, ?> map) {
                    found.add((Map<String, Object>) map);
                }
            });
        }
        return found;
    }

    /** The early replies in the contract's format, and under the name that {@code /api/v1} operations use. */
    private static void addEarlyResponses(Map<String, Object> responses) {
        for (var early : EARLY) {
            if (early.description() == null) {
                continue; // written by hand, with the operations' own (src/main/openapi)
            }
            responses.putIfAbsent(early.name(), response(early.description(), Map.of("$ref", ERROR),
                    Map.of("detail", early.detail(), "status_code", Integer.parseInt(early.status()), "extra", Map.of())));
            var stack = response(early.description(), EITHER, Map.of("code", early.stackCode(), "error", early.detail()));
            stack.put("headers", Map.of("x-stack-known-error", Map.of("$ref", "#/components/headers/StackKnownError")));
            responses.putIfAbsent("Stack" + early.name(), stack);
        }
    }

    /** Makes {@code name} (a copy, when shared with the contract's surface) take Stack's format or the contract's. */
    @SuppressWarnings("unchecked")
    private static void eitherFormat(Map<String, Object> responses, String name) {
        if (!(responses.get(name) instanceof Map<?, ?> found)) {
            return;
        }
        var response = deepCopy((Map<String, Object>) found);
        if (response.get("content") instanceof Map<?, ?> content
                && content.get("application/json") instanceof Map<?, ?> json) {
            ((Map<String, Object>) json).put("schema", EITHER);
        }
        responses.put(name, response);
    }

    private static Map<String, Object> response(String description, Map<String, Object> schema,
                                                Map<String, Object> example) {
        var json = new LinkedHashMap<String, Object>();
        json.put("schema", schema);
        json.put("example", example);
        var response = new LinkedHashMap<String, Object>();
        response.put("description", description);
        response.put("content", new LinkedHashMap<>(Map.of("application/json", json)));
        return response;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        var copy = new LinkedHashMap<String, Object>();
        map.forEach((key, value) -> copy.put(key, switch (value) {
            case Map<?, ?> inner -> deepCopy((Map<String, Object>) inner);
            case List<?> list -> new ArrayList<>(list);
            default -> value;
        }));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static void typeObjects(Object node) {
        if (node instanceof Map<?, ?> raw) {
            var map = (Map<String, Object>) raw;
            if ((map.containsKey("properties") || map.get("additionalProperties") instanceof Map<?, ?>)
                    && !map.containsKey("type") && !map.containsKey("$ref")) {
                map.put("type", "object");
            }
            map.values().forEach(DocumentCompletion::typeObjects);
        } else if (node instanceof List<?> list) {
            list.forEach(DocumentCompletion::typeObjects);
        }
    }

    /** The component schemas a request body names, directly or through other schemas. */
    private static void referencedSchemas(Object node, Set<String> found) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("$ref") instanceof String ref && ref.startsWith("#/components/schemas/")) {
                found.add(ref.substring("#/components/schemas/".length()));
            }
            map.values().forEach(value -> referencedSchemas(value, found));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> referencedSchemas(value, found));
        }
    }

    @SuppressWarnings("unchecked")
    private static void requiredNotNull(Map<String, Object> schema) {
        if (!(schema.get("required") instanceof List<?> required)
                || !(schema.get("properties") instanceof Map<?, ?> properties)) {
            return;
        }
        for (var name : required) {
            if (properties.get(name) instanceof Map<?, ?> property) {
                var map = (Map<String, Object>) property;
                if (map.get("type") instanceof List<?> types && types.contains("null")) {
                    var without = new ArrayList<Object>(types);
                    without.remove("null");
                    map.put("type", without.size() == 1 ? without.getFirst() : without);
                }
                if (map.get("enum") instanceof List<?> values && values.contains(null)) {
                    var without = new ArrayList<Object>(values);
                    without.remove(null);
                    map.put("enum", without);
                }
            }
        }
    }

    private static boolean hasJson(Map<String, Object> operation) {
        return operation.get("requestBody") instanceof Map<?, ?> body && body.get("content") instanceof Map<?, ?> content
                && content.containsKey("application/json");
    }

    /**
     * A body whose schema requires a property is required: without one, the service reads an empty object and names
     * what is missing (422). A body that requires nothing may be left out, or be {@code null}, which it reads alike.
     */
    @SuppressWarnings("unchecked")
    private static void requiredExactlyWhenSomethingIs(Map<String, Object> body, Map<String, Object> schemas) {
        if (!(body.get("content") instanceof Map<?, ?> content)) {
            return;
        }
        for (var entry : content.entrySet()) {
            if (!(entry.getValue() instanceof Map<?, ?> raw) || !(raw.get("schema") instanceof Map<?, ?> schema)
                    || !(schema.get("$ref") instanceof String ref)) {
                continue;
            }
            var named = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
            boolean requires = named instanceof Map<?, ?> map && map.get("required") instanceof List<?> list
                    && !list.isEmpty();
            if (requires) {
                body.put("required", true);
            } else if (!Boolean.TRUE.equals(body.get("required")) && "application/json".equals(entry.getKey())) {
                ((Map<String, Object>) raw).put("schema", Map.of("anyOf", List.of(schema, Map.of("type", "null"))));
            }
        }
    }

    /** Keeps an operation's replies in the order of their statuses, as a reader expects them. */
    private static void sortByStatus(Map<String, Object> operation, Map<String, Object> answers) {
        var sorted = new java.util.TreeMap<String, Object>(answers);
        operation.put("responses", new LinkedHashMap<>(sorted));
    }
}
