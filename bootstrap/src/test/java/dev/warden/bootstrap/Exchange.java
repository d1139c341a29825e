package dev.warden.bootstrap;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request and its reply as they crossed the wire, whoever sent them: what {@link OpenApiConformance} holds
 * against the OpenAPI document.
 *
 * @param body the request's body, {@code null} without one
 * @param replyBody the reply's body, empty without one
 */
record Exchange(String method, URI uri, Map<String, List<String>> headers, String body, int status,
        Map<String, List<String>> replyHeaders, String replyBody) {

    String path() {
        return uri.getRawPath();
    }

    Optional<String> header(String name) {
        return first(headers, name);
    }

    Optional<String> replyHeader(String name) {
        return first(replyHeaders, name);
    }

    /** The media type of the request's {@code Content-Type}, without parameters, in lower case. */
    Optional<String> contentType() {
        return header("Content-Type").map(Exchange::mediaType);
    }

    /** The media type of the reply's {@code Content-Type}, without parameters, in lower case. */
    Optional<String> replyContentType() {
        return replyHeader("Content-Type").map(Exchange::mediaType);
    }

    boolean hasBody() {
        return body != null && !body.isEmpty();
    }

    static String mediaType(String contentType) {
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<String> first(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst();
    }
}
