package dev.warden.application.login.port.in;

import dev.warden.application.token.port.in.TokenPair;

/**
 * Exchanges a username (or email) and password for a new token family. Fails with InvalidCredentials,
 * the same for an unknown user and a wrong password, or AccountDisabled after a correct password.
 */
public interface LoginUseCase {
    TokenPair login(LoginCommand command);
}
