package dev.warden.application.session.port.in;

import dev.warden.application.shared.port.in.Caller;
import dev.warden.domain.session.Session;

/**
 * The live session a secret opens, its expiry pushed to a full lifetime from now (rolling expiry) but never past its
 * maximum age from the login. Fails with AuthenticationRequired for an unknown or expired secret, or a session that
 * has reached its maximum age.
 */
public interface AuthenticateSessionUseCase {
    Session authenticate(SessionSecretCommand command);

    /** The same, as the caller of a request, with the account the check read (the request need not read it again). */
    Caller authenticateCaller(SessionSecretCommand command);
}
