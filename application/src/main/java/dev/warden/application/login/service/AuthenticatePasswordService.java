package dev.warden.application.login.service;

import dev.warden.application.login.port.in.AuthenticatePasswordUseCase;
import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.domain.mfa.MfaChallenge;
import dev.warden.domain.user.UserId;

public final class AuthenticatePasswordService implements AuthenticatePasswordUseCase {
    private final PasswordAuthenticator authenticator;

    public AuthenticatePasswordService(PasswordAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public UserId authenticate(LoginCommand command) {
        // Basic carries no second factor: an account with one gets the challenge, which ends in a token pair.
        return authenticator.authenticate(command, MfaChallenge.Purpose.TOKENS).id();
    }
}
