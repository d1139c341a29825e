package dev.warden.adapter.web.error;

import dev.warden.adapter.web.RequestIds;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Map;

/**
 * Every error has the contract's body, also one that a filter of the framework answers with none: Micronaut's CORS
 * filter refuses a page of another origin calling a service on localhost with a bare 403. Inside
 * {@code StackErrorFilter}, which renders it again in Stack's format under {@code /api/v1}; outside the framework's
 * filters, whose replies it completes.
 */
@ServerFilter("/**")
class BodilessErrorFilter implements Ordered {

    @ResponseFilter
    void complete(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() < 400 || response.getBody().isPresent() || request.getMethod() == HttpMethod.HEAD) {
            return;
        }
        var status = response.getStatus();
        response.body(ErrorCatalogue.body(status, ErrorCatalogue.frameworkDetail(status), Map.of(),
                RequestIds.of(request))).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
