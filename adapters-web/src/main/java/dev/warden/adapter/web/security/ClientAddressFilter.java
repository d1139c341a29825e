package dev.warden.adapter.web.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/** Resolves the client's address and scheme once, first of all filters, for everything after it. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ClientAddressFilter implements Ordered {
    private final TrustedProxies proxies;

    ClientAddressFilter(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @RequestFilter
    void resolve(HttpRequest<?> request) {
        request.setAttribute(Callers.CLIENT_ADDRESS, proxies.clientAddress(request));
        request.setAttribute(Callers.CLIENT_SECURE, proxies.secure(request));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
