package dev.warden.bootstrap;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One operation of the OpenAPI document as the property tests need it: where it is, what it takes (parameters and
 * body, with their schemas still holding {@code $ref}s into the document), whom it admits and what it may answer.
 *
 * @param bodyType the media type of the request body ({@code application/json} or a form), null without a body
 * @param body the schema of the request body, null without one
 * @param security the names of the security schemes that admit a caller, empty for a public operation
 * @param statuses the documented status codes (keys of {@code responses}: {@code 200}, {@code 4XX}, {@code default})
 */
record OpenApiOperation(String method, String path, List<Parameter> parameters, String bodyType,
                        Map<String, Object> body, boolean bodyRequired, Set<String> security, Set<String> statuses) {

    /** A path, query or header parameter. */
    record Parameter(String name, String in, boolean required, Map<String, Object> schema) {}

    /** Whether the document lists {@code status} for this operation, itself or by its class ({@code 4XX}). */
    boolean documents(int status) {
        return statuses.contains(Integer.toString(status)) || statuses.contains(status / 100 + "XX")
                || statuses.contains("default");
    }

    boolean isStack() {
        return path.startsWith("/api/v1/");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
