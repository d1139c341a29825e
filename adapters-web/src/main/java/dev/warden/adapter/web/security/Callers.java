package dev.warden.adapter.web.security;

import dev.warden.domain.error.AuthError;
import dev.warden.domain.token.AccessGrant;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import java.util.Map;
import java.util.Optional;

/** How an authenticated caller, and a refused credential, are carried on the request. */
public final class Callers {
    static final String GRANT = "warden.grant";
    private static final String CREDENTIAL_PROBLEM = "warden.credential-problem";

    private Callers() {}

    static Authentication authenticated(AccessGrant grant) {
        return Authentication.build(grant.userId().toString(), Map.of(GRANT, grant));
    }

    /** The access grant of an authenticated request. */
    public static AccessGrant grantOf(Authentication authentication) {
        if (authentication.getAttributes().get(GRANT) instanceof AccessGrant grant) {
            return grant;
        }
        throw new AuthError.AuthenticationRequired().exception();
    }

    /** Remembers why a presented credential was refused, so that the refusal can say so. */
    static void refused(HttpRequest<?> request, AuthError problem) {
        request.setAttribute(CREDENTIAL_PROBLEM, problem);
    }

    static Optional<AuthError> problemOf(HttpRequest<?> request) {
        return request.getAttribute(CREDENTIAL_PROBLEM, AuthError.class);
    }
}
