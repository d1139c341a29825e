package dev.warden.application.service;

import dev.warden.application.port.out.Clock;
import dev.warden.application.port.out.RefreshTokenStore;
import dev.warden.application.port.out.RevokedAccessTokens;
import java.util.UUID;

/** Revokes a refresh token family together with the access tokens it produced that are still alive. */
public final class FamilyRevocation {
    private final RefreshTokenStore refreshTokens;
    private final RevokedAccessTokens revokedAccessTokens;
    private final Clock clock;

    public FamilyRevocation(RefreshTokenStore refreshTokens, RevokedAccessTokens revokedAccessTokens, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.revokedAccessTokens = revokedAccessTokens;
        this.clock = clock;
    }

    public void revoke(UUID familyId) {
        var now = clock.now();
        for (var token : refreshTokens.revokeFamily(familyId, now)) {
            if (token.accessExpiresAt().isAfter(now)) {
                revokedAccessTokens.revoke(token.accessTokenId(), token.userId(), token.accessExpiresAt());
            }
        }
    }
}
