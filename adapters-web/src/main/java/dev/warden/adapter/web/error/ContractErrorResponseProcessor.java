package dev.warden.adapter.web.error;

import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Renders the framework's own errors (unknown route, wrong method, body too large, unreadable body,
 * unexpected exceptions) in the contract's format. It takes the place of Micronaut's default processor,
 * which would put exception messages in the body: here an error says no more than its status.
 */
@Singleton
class ContractErrorResponseProcessor implements ErrorResponseProcessor<ErrorBody> {
    @Override
    public MutableHttpResponse<ErrorBody> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        var status = response.getStatus();
        var body = new ErrorBody(ErrorCatalogue.frameworkDetail(status), status.getCode(), Map.of());
        return response.contentType(MediaType.APPLICATION_JSON_TYPE).body(body);
    }
}
