package dev.warden.adapter.web;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.HashMap;
import org.slf4j.MDC;

/**
 * First of all filters (before the client address is resolved): gives the request its id ({@link RequestIds}),
 * puts it in the logging MDC for every thread that serves the request (the event loop and the blocking executor,
 * through Micronaut's propagated context), and answers it as {@code X-Request-Id} on every reply, errors included.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RequestIdFilter implements Ordered {

    @RequestFilter
    void identify(HttpRequest<?> request, MutablePropagatedContext context) {
        var id = RequestIds.of(request.getHeaders().get(RequestIds.HEADER));
        request.setAttribute(RequestIds.ATTRIBUTE, id);
        var mdc = MDC.getCopyOfContextMap();
        var state = mdc == null ? new HashMap<String, String>() : new HashMap<>(mdc);
        state.put(RequestIds.MDC_KEY, id);
        context.add(new MdcPropagationContext(state));
    }

    @ResponseFilter
    void answer(HttpRequest<?> request, MutableHttpResponse<?> response) {
        RequestIds.of(request).ifPresent(id -> response.getHeaders().set(RequestIds.HEADER, id));
    }

    /** Before {@code ClientAddressFilter}, the first of the others. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before() - 1;
    }
}
