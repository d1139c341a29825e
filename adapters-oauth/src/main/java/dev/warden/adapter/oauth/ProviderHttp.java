package dev.warden.adapter.oauth;

import dev.warden.domain.error.AuthError;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two calls every provider needs, on Micronaut's HTTP client: a form POST to the token endpoint and an
 * authenticated GET of JSON. Any failure (status, timeout, connection, unreadable body) is ProviderError.
 */
final class ProviderHttp {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderHttp.class);
    private static final String USER_AGENT = "warden-auth";

    private final HttpClient client;
    private final JsonMapper json;

    ProviderHttp(HttpClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    Map<String, Object> postForm(String provider, URI uri, Map<String, String> form) {
        var request = HttpRequest.POST(uri, form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.USER_AGENT, USER_AGENT);
        return object(provider, uri, parse(provider, uri, exchange(provider, uri, request)));
    }

    Object getJson(String provider, URI uri, String accessToken) {
        var request = HttpRequest.GET(uri)
                .accept(MediaType.APPLICATION_JSON_TYPE)
                .bearerAuth(accessToken)
                .header(HttpHeaders.USER_AGENT, USER_AGENT);
        return parse(provider, uri, exchange(provider, uri, request));
    }

    Map<String, Object> getObject(String provider, URI uri, String accessToken) {
        return object(provider, uri, getJson(provider, uri, accessToken));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String provider, URI uri, Object value) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw failure(provider, uri, "not a JSON object", null);
    }

    /** A text field that may be absent or null; any other type is a malformed answer. */
    static java.util.Optional<String> optionalText(String provider, URI uri, Map<String, Object> object, String field) {
        var value = object.get(field);
        if (value == null) {
            return java.util.Optional.empty();
        }
        if (value instanceof String text) {
            return java.util.Optional.of(text);
        }
        throw failure(provider, uri, "'" + field + "' is not text", null);
    }

    static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private String exchange(String provider, URI uri, HttpRequest<?> request) {
        try {
            return client.toBlocking().retrieve(request, String.class);
        } catch (RuntimeException e) {
            throw failure(provider, uri, "request failed", e);
        }
    }

    private Object parse(String provider, URI uri, String body) {
        try {
            return json.readValue(body == null ? "" : body, Argument.OBJECT_ARGUMENT);
        } catch (IOException | RuntimeException e) {
            throw failure(provider, uri, "unreadable answer", e);
        }
    }

    static RuntimeException failure(String provider, URI uri, String what, Throwable cause) {
        LOG.warn("{} at {}: {}{}", provider, uri, what, cause == null ? "" : " (" + cause + ")");
        return new AuthError.ProviderError().exception();
    }
}
