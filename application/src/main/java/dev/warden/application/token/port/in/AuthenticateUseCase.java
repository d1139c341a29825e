package dev.warden.application.token.port.in;

import dev.warden.domain.token.AccessGrant;

/** Checks a bearer access token: signature, claims, and that it was not revoked. Fails with InvalidToken. */
public interface AuthenticateUseCase {
    AccessGrant authenticate(AuthenticateCommand command);
}
