package dev.warden.application.service;

import dev.warden.application.port.in.LoginCommand;
import dev.warden.application.port.in.LoginUseCase;
import dev.warden.application.port.in.TokenPair;
import dev.warden.domain.mfa.MfaChallenge;

public final class LoginService implements LoginUseCase {
    private final PasswordAuthenticator authenticator;
    private final TokenIssuer issuer;

    public LoginService(PasswordAuthenticator authenticator, TokenIssuer issuer) {
        this.authenticator = authenticator;
        this.issuer = issuer;
    }

    @Override
    public TokenPair login(LoginCommand command) {
        return issuer.startFamily(authenticator.authenticate(command, MfaChallenge.Purpose.TOKENS), command.client());
    }
}
