package dev.warden.adapter.web.security;

import dev.warden.adapter.web.error.ErrorBody;
import dev.warden.adapter.web.error.ErrorCatalogue;
import dev.warden.domain.error.AuthError;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Answers a request that the security rules refused: what was recorded (403 {@code Invalid token} for a refused
 * credential, a guard's 401 or 403), otherwise 401 {@code Authentication required} when it carried none.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class RefusalHandler implements ExceptionHandler<AuthorizationException, HttpResponse<ErrorBody>> {
    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, AuthorizationException exception) {
        // A refused credential or a guard's refusal was recorded where it happened; it says best what went wrong.
        var recorded = Callers.problemOf(request);
        if (recorded.isPresent()) {
            return ErrorCatalogue.response(recorded.get());
        }
        if (exception.isForbidden()) {
            return ErrorCatalogue.framework(HttpStatus.FORBIDDEN);
        }
        return ErrorCatalogue.response(new AuthError.AuthenticationRequired());
    }
}
