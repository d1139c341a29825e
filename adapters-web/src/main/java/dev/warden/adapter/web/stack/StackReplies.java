package dev.warden.adapter.web.stack;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

/** Token replies, which no cache may keep (as the contract's). */
final class StackReplies {
    private StackReplies() {}

    static <T> MutableHttpResponse<T> noStore(T body) {
        return HttpResponse.ok(body)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.PRAGMA, "no-cache");
    }
}
