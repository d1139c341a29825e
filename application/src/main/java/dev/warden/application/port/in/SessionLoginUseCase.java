package dev.warden.application.port.in;

/** Opens a server-side session with a username (or email) and password; the same failures as LoginUseCase. */
public interface SessionLoginUseCase {
    SessionTicket startSession(LoginCommand command);
}
