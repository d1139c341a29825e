package dev.warden.application.service;

import dev.warden.application.port.in.AuthenticatePasswordUseCase;
import dev.warden.application.port.in.LoginCommand;
import dev.warden.domain.user.UserId;

public final class AuthenticatePasswordService implements AuthenticatePasswordUseCase {
    private final PasswordAuthenticator authenticator;

    public AuthenticatePasswordService(PasswordAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public UserId authenticate(LoginCommand command) {
        return authenticator.authenticate(command).id();
    }
}
