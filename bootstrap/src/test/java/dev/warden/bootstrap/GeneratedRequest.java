package dev.warden.bootstrap;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One request to one operation, built from the document: its parameters as they go on the wire, its body as a JSON
 * value ({@link SchemaGenerators#ABSENT} without one), and, for an invalid request, the mutation that made it so.
 */
record GeneratedRequest(OpenApiOperation operation, Map<String, String> pathParameters, Map<String, String> query,
                        Map<String, String> headers, Object body, String mutation) {

    GeneratedRequest {
        pathParameters = Map.copyOf(pathParameters);
        query = new LinkedHashMap<>(query);
        headers = new LinkedHashMap<>(headers);
    }

    GeneratedRequest mutated(String description, Map<String, String> newQuery, Object newBody) {
        return new GeneratedRequest(operation, pathParameters, newQuery, headers, newBody, description);
    }

    /** The path with its parameters filled in, then the query. */
    String target() {
        var path = operation.path();
        for (var parameter : pathParameters.entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", encode(parameter.getValue()).replace("+", "%20"));
        }
        return query.isEmpty() ? path : path + "?" + form(query);
    }

    /** The body as it is sent: JSON text, a form, or null. */
    String bodyText() {
        if (body == SchemaGenerators.ABSENT) {
            return null;
        }
        if (!"application/x-www-form-urlencoded".equals(operation.bodyType()) || !(body instanceof Map<?, ?> fields)) {
            return JsonText.write(body);
        }
        var form = new LinkedHashMap<String, String>();
        fields.forEach((name, value) -> {
            if (value != null) {
                form.put((String) name, value instanceof String text ? text : JsonText.write(value));
            }
        });
        return form(form);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        var text = operation.method() + " " + target();
        if (!headers.isEmpty()) {
            text += " " + headers;
        }
        if (body != SchemaGenerators.ABSENT) {
            text += " " + bodyText();
        }
        return mutation == null ? text : text + " (" + mutation + ")";
    }
}
