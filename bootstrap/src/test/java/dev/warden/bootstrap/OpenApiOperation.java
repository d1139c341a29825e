package dev.warden.bootstrap;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One operation of the OpenAPI document as the property tests need it: where it is, what it takes (parameters and
 * body, with their schemas still holding {@code $ref}s into the document), whom it admits and what it may answer.
 *
 * @param bodyType the media type of the request body ({@code application/json} or a form), null without a body
 * @param body the schema of the request body, null without one
 * @param security the names of the security schemes that admit a caller, empty for a public operation
 * @param replies the schema of the JSON body of each documented status (keys of {@code responses}: {@code 200},
 *     {@code 4XX}, {@code default}), an empty schema for a reply without one
 */
record OpenApiOperation(String method, String path, List<Parameter> parameters, String bodyType,
                        Map<String, Object> body, boolean bodyRequired, Set<String> security,
                        Map<String, Map<String, Object>> replies) {

    /** A path, query or header parameter. */
    record Parameter(String name, String in, boolean required, Map<String, Object> schema) {}

    /** Whether the document lists {@code status} for this operation, itself or by its class ({@code 4XX}). */
    boolean documents(int status) {
        return reply(status).isPresent();
    }

    /** The schema of the reply with {@code status}, if the document lists the status. */
    Optional<Map<String, Object>> reply(int status) {
        return Stream.of(Integer.toString(status), status / 100 + "XX", "default").filter(replies::containsKey)
                .findFirst().map(replies::get);
    }

    Set<String> statuses() {
        return new TreeSet<>(replies.keySet());
    }

    boolean isStack() {
        return path.startsWith("/api/v1/");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
