package dev.warden.application.token.service;

import dev.warden.application.shared.Failures;
import dev.warden.application.token.port.in.LogoutCommand;
import dev.warden.application.token.port.in.LogoutUseCase;
import dev.warden.application.token.port.out.RefreshTokenStore;
import dev.warden.application.token.port.out.RevokedAccessTokens;
import dev.warden.domain.token.TokenDigest;

public final class LogoutService implements LogoutUseCase {
    private final RevokedAccessTokens revokedAccessTokens;
    private final RefreshTokenStore refreshTokens;
    private final FamilyRevocation families;

    public LogoutService(RevokedAccessTokens revokedAccessTokens, RefreshTokenStore refreshTokens,
                         FamilyRevocation families) {
        this.revokedAccessTokens = revokedAccessTokens;
        this.refreshTokens = refreshTokens;
        this.families = families;
    }

    @Override
    public void logout(LogoutCommand command) {
        var caller = command.caller();
        // each step is taken even if the one before could not be made sure everywhere; then that is reported
        var failures = new Failures();
        failures.run(() -> revokedAccessTokens.revoke(caller.tokenId(), caller.userId(), caller.expiresAt()));
        failures.run(() -> refreshTokens.findByAccessTokenId(caller.tokenId())
                .ifPresent(token -> families.revoke(token.familyId())));
        // A refresh token of someone else is ignored: logging out must not become a way to log others out.
        failures.run(() -> command.refreshToken()
                .flatMap(secret -> refreshTokens.findByHash(TokenDigest.of(secret)))
                .filter(token -> token.userId().equals(caller.userId()))
                .ifPresent(token -> families.revoke(token.familyId())));
        failures.throwFirst();
    }
}
