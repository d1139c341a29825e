package dev.warden.application.session.port.in;

import dev.warden.application.login.port.in.LoginCommand;

/** Opens a server-side session with a username (or email) and password; the same failures as LoginUseCase. */
public interface SessionLoginUseCase {
    SessionTicket startSession(LoginCommand command);
}
