package dev.warden.application.oauth.service;

import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.login.service.SecondFactorGate;
import dev.warden.application.oauth.port.in.CodeExchange;
import dev.warden.application.oauth.port.in.CodeExchangeCommand;
import dev.warden.application.oauth.port.in.ExchangeAuthorizationCodeUseCase;
import dev.warden.application.oauth.port.out.AuthorizationCodeStore;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.token.service.TokenIssuer;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.mfa.MfaChallenge;
import dev.warden.domain.token.TokenDigest;

public final class CodeExchangeService implements ExchangeAuthorizationCodeUseCase {
    private final AuthorizationCodeStore codes;
    private final UserRepository users;
    private final SecondFactorGate gate;
    private final TokenIssuer issuer;
    private final Clock clock;

    public CodeExchangeService(AuthorizationCodeStore codes, UserRepository users, SecondFactorGate gate,
                               TokenIssuer issuer, Clock clock) {
        this.codes = codes;
        this.users = users;
        this.gate = gate;
        this.issuer = issuer;
        this.clock = clock;
    }

    @Override
    public CodeExchange exchange(CodeExchangeCommand command) {
        // taken before it is checked: a wrong verifier or redirect URI spends the code too (RFC 6749 §10.5)
        var issued = codes.take(TokenDigest.of(command.code()), clock.now())
                .filter(code -> code.client().redirectUri().toString().equals(command.redirectUri()))
                .filter(code -> code.client().answeredBy(command.codeVerifier()))
                .orElseThrow(() -> new AuthError.InvalidAuthorizationCode().exception());
        var user = users.findById(issued.userId())
                .orElseThrow(() -> new AuthError.InvalidAuthorizationCode().exception());
        if (!user.active()) {
            throw new AuthError.AccountDisabled().exception();
        }
        gate.admit(user, MfaChallenge.Purpose.TOKENS, command.client());
        users.recordLogin(user.id(), clock.now());
        return new CodeExchange(issuer.startFamily(user, command.client()), issued.newUser(),
                issued.client().afterCallbackRedirectUrl());
    }
}
