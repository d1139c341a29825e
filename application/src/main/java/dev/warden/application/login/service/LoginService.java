package dev.warden.application.login.service;

import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.application.login.port.in.LoginUseCase;
import dev.warden.application.token.port.in.TokenPair;
import dev.warden.application.token.service.TokenIssuer;
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
