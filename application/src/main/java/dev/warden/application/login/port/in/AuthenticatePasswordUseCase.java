package dev.warden.application.login.port.in;

import dev.warden.domain.user.UserId;

/**
 * Authenticates a request by a username and password it carries (HTTP Basic), with the same checks and
 * failed-login throttling as a login, but issuing nothing.
 */
public interface AuthenticatePasswordUseCase {

    /** The active account these credentials open; fails like a login (InvalidCredentials, TooManyFailedLogins…). */
    UserId authenticate(LoginCommand command);
}
