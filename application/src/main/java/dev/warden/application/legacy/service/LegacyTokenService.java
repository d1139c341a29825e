package dev.warden.application.legacy.service;

import dev.warden.application.shared.port.out.Telemetry;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.legacy.port.in.AuthenticateLegacyTokenUseCase;
import dev.warden.application.legacy.port.in.LegacyFormResult;
import dev.warden.application.legacy.port.in.LegacyFormResult.FormProblem;
import dev.warden.application.legacy.port.in.LegacyLoginCommand;
import dev.warden.application.legacy.port.in.LegacyLoginUseCase;
import dev.warden.application.legacy.port.in.LegacyLogoutUseCase;
import dev.warden.application.legacy.port.in.LegacyTokenCommand;
import dev.warden.application.legacy.port.out.LegacyTokenStore;
import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.application.login.service.PasswordAuthenticator;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.mfa.MfaChallenge;
import dev.warden.domain.token.LegacyToken;
import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.User;

/** The life of a legacy token: issued by a password login, checked on each request, ended by logout. */
public final class LegacyTokenService implements LegacyLoginUseCase, LegacyLogoutUseCase,
        AuthenticateLegacyTokenUseCase {
    private final PasswordAuthenticator authenticator;
    private final LegacyTokenIssuer issuer;
    private final LegacyTokenStore tokens;
    private final UserRepository users;
    private final Clock clock;

    private final Telemetry telemetry;

    public LegacyTokenService(PasswordAuthenticator authenticator, LegacyTokenIssuer issuer, LegacyTokenStore tokens,
                              UserRepository users, Clock clock, Telemetry telemetry) {
        this.telemetry = telemetry;
        this.authenticator = authenticator;
        this.issuer = issuer;
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    /** Wrong credentials and a disabled account are the form's errors; any other refusal fails as it does elsewhere. */
    @Override
    public LegacyFormResult login(LegacyLoginCommand command) {
        var form = new LegacyForm();
        form.require("username", command.username());
        form.requirePassword("password", command.password());
        if (!form.isValid()) {
            return form.rejected();
        }
        try {
            return telemetry.login(Telemetry.LoginMethod.LEGACY, () -> new LegacyFormResult.Issued(issuer.issue(
                    authenticator.authenticate(new LoginCommand(command.username(), command.password(),
                            command.client()), MfaChallenge.Purpose.LEGACY_TOKEN))));
        } catch (AuthException e) {
            return switch (e.error()) {
                case AuthError.InvalidCredentials refused ->
                        LegacyForm.rejected(LegacyFormResult.NON_FIELD, FormProblem.INVALID_CREDENTIALS);
                case AuthError.AccountDisabled refused ->
                        LegacyForm.rejected(LegacyFormResult.NON_FIELD, FormProblem.ACCOUNT_DISABLED);
                default -> throw e;
            };
        }
    }

    @Override
    public boolean logout(LegacyTokenCommand command) {
        if (!command.wellFormed()) {
            return false;
        }
        var hash = TokenDigest.of(command.token());
        return tokens.findLive(hash, clock.now()).isPresent() && tokens.delete(hash);
    }

    @Override
    public LegacyToken authenticate(LegacyTokenCommand command) {
        if (!command.wellFormed()) {
            throw new AuthError.InvalidToken().exception();
        }
        var token = tokens.findLive(TokenDigest.of(command.token()), clock.now())
                .orElseThrow(() -> new AuthError.InvalidToken().exception());
        if (users.findById(token.userId()).filter(User::active).isEmpty()) {
            tokens.delete(token.tokenHash());
            throw new AuthError.InvalidToken().exception();
        }
        return token;
    }
}
