package dev.warden.adapter.web;

import dev.warden.domain.error.AuthError;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** What every controller writes the same way: credentials never cached, times, ids in paths. */
public final class Replies {
    private Replies() {}

    /** A reply that carries credentials: no cache may keep it (RFC 6749 §5.1). */
    public static <T> MutableHttpResponse<T> noStore(MutableHttpResponse<T> response) {
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store").header(HttpHeaders.PRAGMA, "no-cache");
    }

    public static <T> MutableHttpResponse<T> okNoStore(T body) {
        return noStore(HttpResponse.ok(body));
    }

    /** A time as the contract writes it: ISO 8601 in UTC, whole seconds. */
    public static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The id in a path; one that is not a UUID names nothing, which is {@code notFound}. */
    public static UUID pathId(String id, AuthError notFound) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound.exception();
        }
    }
}
