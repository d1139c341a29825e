package dev.warden.application.token.service;

import dev.warden.application.shared.Failures;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.token.port.out.RefreshTokenStore;
import dev.warden.application.token.port.out.RevokedAccessTokens;
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

    /**
     * Two passes. A refresh racing this revocation adds its successor, then looks whether the token it spent was
     * revoked (RefreshService). The first pass marks every token of the family, the spent one included; a racing
     * refresh that looked before that mark was written had already added its successor, which the second pass,
     * starting after the first is complete, therefore finds. With one pass, a successor added while the pass ran,
     * and looked for before it ended, would outlive its family.
     *
     * <p>An access token whose revocation could not be made sure everywhere does not stop the others: each is
     * revoked as far as the stores allow, then the first failure is thrown.
     */
    public void revoke(UUID familyId) {
        var now = clock.now();
        var handled = new java.util.HashSet<UUID>();
        var failures = new Failures();
        for (int pass = 0; pass < 2; pass++) {
            for (var token : refreshTokens.revokeFamily(familyId, now)) {
                if (handled.add(token.id()) && token.accessExpiresAt().isAfter(now)) {
                    failures.run(() -> revokedAccessTokens.revoke(token.accessTokenId(), token.userId(),
                            token.accessExpiresAt()));
                }
            }
        }
        failures.throwFirst();
    }
}
