package dev.warden.adapter.web.error;

import dev.warden.domain.error.AuthException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Expected failures of the use cases. */
@Singleton
class AuthExceptionHandler implements ExceptionHandler<AuthException, HttpResponse<ErrorBody>> {
    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, AuthException exception) {
        return ErrorCatalogue.response(exception.error());
    }
}
