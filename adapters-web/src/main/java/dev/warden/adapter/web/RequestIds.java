package dev.warden.adapter.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The id of each request: the caller's {@code X-Request-Id} when it is well-formed (1 to 128 characters of
 * {@code [A-Za-z0-9._:-]}), otherwise 128 random bits in base64url. {@link RequestIdFilter} gives it to the request
 * first of all; it is in the reply's header, the logging MDC and the body of every contract error.
 */
public final class RequestIds {
    /** The request and reply header. */
    public static final String HEADER = "X-Request-Id";
    /** The logging MDC key (and the key of {@code extra} in an error body). */
    public static final String MDC_KEY = "request_id";
    /** The request attribute that holds it. */
    public static final String ATTRIBUTE = "warden.request-id";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestIds() {}

    /** The caller's id when well-formed, else a new one. */
    static String of(String offered) {
        return offered != null && WELL_FORMED.matcher(offered).matches() ? offered : fresh();
    }

    static String fresh() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The id of the request, once {@link RequestIdFilter} has seen it. */
    public static Optional<String> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class);
    }

    /** The id of the request being served on this thread, if any. */
    public static Optional<String> current() {
        return ServerRequestContext.currentRequest().flatMap(RequestIds::of);
    }
}
