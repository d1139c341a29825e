package dev.warden.application.token.port.in;

/**
 * Revokes the caller's access token and the refresh token family it belongs to (or the family of the
 * refresh token given, when it is the caller's). Other logins of the same user stay valid.
 */
public interface LogoutUseCase {
    void logout(LogoutCommand command);
}
