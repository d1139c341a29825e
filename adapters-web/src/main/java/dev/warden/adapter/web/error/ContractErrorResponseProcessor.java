package dev.warden.adapter.web.error;

import dev.warden.adapter.web.RequestIds;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
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
        var status = tooLongPart(context).orElse(response.getStatus());
        var body = ErrorCatalogue.body(status, ErrorCatalogue.frameworkDetail(status), Map.of(),
                RequestIds.of(context.getRequest()).or(RequestIds::current));
        return response.status(status).contentType(MediaType.APPLICATION_JSON_TYPE).body(body);
    }

    /**
     * Micronaut answers every over-long part of a request head as a body too large (413): a request line over
     * the limit is a URI too long (414), headers over it are header fields too large (431, RFC 6585).
     */
    private static java.util.Optional<HttpStatus> tooLongPart(ErrorContext context) {
        if (!(context.getRequest() instanceof NettyHttpRequest<?> netty)) {
            return java.util.Optional.empty();
        }
        var cause = netty.getNativeRequest().decoderResult().cause();
        if (cause instanceof TooLongHttpLineException) {
            return java.util.Optional.of(HttpStatus.REQUEST_URI_TOO_LONG);
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return java.util.Optional.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE);
        }
        return java.util.Optional.empty();
    }
}
