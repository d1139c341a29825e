package dev.warden.application.session.port.in;

/** Deletes the session a secret opens; nothing happens for an unknown one. */
public interface SessionLogoutUseCase {
    void endSession(SessionSecretCommand command);
}
