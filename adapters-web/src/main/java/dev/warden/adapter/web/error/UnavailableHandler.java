package dev.warden.adapter.web.error;

import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import dev.warden.application.shared.port.out.Telemetry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backing server that cannot be reached: 503 in the contract's format, the cause logged, never shown, and counted
 * ({@code warden_backing_service_unavailable_total{service}}).
 */
@Singleton
class UnavailableHandler implements ExceptionHandler<BackingServiceUnavailable, HttpResponse<ErrorBody>> {
    private static final Logger LOG = LoggerFactory.getLogger(UnavailableHandler.class);

    private final Telemetry telemetry;

    UnavailableHandler(Telemetry telemetry) {
        this.telemetry = telemetry;
    }

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, BackingServiceUnavailable exception) {
        LOG.warn("{} {}: {} ({})", request.getMethod(), request.getPath(), exception.getMessage(),
                exception.getCause() == null ? "no cause" : exception.getCause().toString());
        telemetry.unavailable(exception.service());
        return ErrorCatalogue.response(exception.service());
    }
}
