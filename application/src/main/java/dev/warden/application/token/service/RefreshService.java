package dev.warden.application.token.service;

import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.Telemetry;
import dev.warden.application.token.TokenLifetimes;
import dev.warden.application.token.port.in.AccessToken;
import dev.warden.application.token.port.in.RefreshCommand;
import dev.warden.application.token.port.in.RefreshUseCase;
import dev.warden.application.token.port.in.TokenPair;
import dev.warden.application.token.port.out.RefreshTokenStore;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.token.RefreshToken;
import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.User;

public final class RefreshService implements RefreshUseCase {
    private final RefreshTokenStore refreshTokens;
    private final UserRepository users;
    private final TokenIssuer issuer;
    private final FamilyRevocation families;
    private final Clock clock;
    private final TokenLifetimes lifetimes;
    private final Telemetry telemetry;

    public RefreshService(RefreshTokenStore refreshTokens, UserRepository users, TokenIssuer issuer,
                          FamilyRevocation families, Clock clock, TokenLifetimes lifetimes,
                          Telemetry telemetry) {
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.issuer = issuer;
        this.families = families;
        this.clock = clock;
        this.lifetimes = lifetimes;
        this.telemetry = telemetry;
    }

    @Override
    public TokenPair refresh(RefreshCommand command) {
        var token = refreshTokens.findByHash(TokenDigest.of(command.refreshToken())).orElseThrow(RefreshService::invalid);
        var now = clock.now();
        switch (token.statusAt(now, lifetimes.refreshMaxAge())) {
            case SPENT -> {
                telemetry.refreshReuseDetected();
                families.revoke(token.familyId());
                throw invalid();
            }
            case REVOKED, EXPIRED -> throw invalid();
            case ACTIVE -> { }
        }
        // Two requests racing with one token: only one spends it, the other is treated as a replay.
        if (!refreshTokens.markUsed(token.id(), now)) {
            telemetry.refreshReuseDetected();
            families.revoke(token.familyId());
            throw invalid();
        }
        var user = users.findById(token.userId()).filter(User::active);
        if (user.isEmpty()) {
            families.revoke(token.familyId());
            throw invalid();
        }
        var pair = issuer.continueFamily(token, user.get());
        // A replay racing this request may have revoked the family before the successor existed: check again
        // now that it does, so that the successor never outlives its family.
        if (refreshTokens.findByHash(token.tokenHash()).flatMap(RefreshToken::revokedAt).isPresent()) {
            families.revoke(token.familyId());
            throw invalid();
        }
        telemetry.tokensRefreshed();
        return pair;
    }

    @Override
    public AccessToken refreshAccess(RefreshCommand command) {
        var token = refreshTokens.findByHash(TokenDigest.of(command.refreshToken())).orElseThrow(RefreshService::invalid);
        switch (token.statusAt(clock.now(), lifetimes.refreshMaxAge())) {
            case SPENT -> {
                // rotated away (or replayed): the same rule as a second exchange
                telemetry.refreshReuseDetected();
                families.revoke(token.familyId());
                throw invalid();
            }
            case REVOKED, EXPIRED -> throw invalid();
            case ACTIVE -> { }
        }
        var user = users.findById(token.userId()).filter(User::active);
        if (user.isEmpty()) {
            families.revoke(token.familyId());
            throw invalid();
        }
        var access = issuer.accessFor(token, user.get());
        // A revocation racing this request may have listed the family before the new access token was recorded in
        // it: look again now that it is, so that the access token never outlives its family.
        if (refreshTokens.findByHash(token.tokenHash()).flatMap(RefreshToken::revokedAt).isPresent()) {
            families.revoke(token.familyId());
            throw invalid();
        }
        telemetry.tokensRefreshed();
        return access;
    }

    private static AuthException invalid() {
        return new AuthError.InvalidRefreshToken().exception();
    }
}
