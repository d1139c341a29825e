package dev.warden.application.port.in;

import dev.warden.domain.session.Session;

/**
 * The live session a secret opens, its expiry pushed to a full lifetime from now (rolling expiry).
 * Fails with AuthenticationRequired for an unknown or expired secret.
 */
public interface AuthenticateSessionUseCase {
    Session authenticate(SessionSecretCommand command);

    /** The same, as the caller of a request, with the account the check read (the request need not read it again). */
    Caller authenticateCaller(SessionSecretCommand command);
}
