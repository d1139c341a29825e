package dev.warden.application.service;

import dev.warden.application.port.out.LegacyTokenStore;
import dev.warden.application.port.out.RefreshTokenStore;
import dev.warden.application.port.out.SessionStore;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Ends every way a user is signed in (refresh-token families with their access tokens, sessions, legacy tokens):
 * after a password reset, a deactivation or deletion, or when the owner of the mailbox takes over an account.
 */
public final class SignOuts {
    private final RefreshTokenStore refreshTokens;
    private final FamilyRevocation families;
    private final SessionStore sessions;
    private final LegacyTokenStore legacyTokens;

    public SignOuts(RefreshTokenStore refreshTokens, FamilyRevocation families, SessionStore sessions,
                    LegacyTokenStore legacyTokens) {
        this.refreshTokens = refreshTokens;
        this.families = families;
        this.sessions = sessions;
        this.legacyTokens = legacyTokens;
    }

    public void everywhere(UserId user, Instant now) {
        for (var head : refreshTokens.liveByUser(user, now)) {
            families.revoke(head.familyId());
        }
        sessions.deleteAllOfUser(user, Optional.empty(), now);
        legacyTokens.deleteAllOfUser(user, Optional.empty(), now);
    }
}
