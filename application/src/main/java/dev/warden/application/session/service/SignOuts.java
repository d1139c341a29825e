package dev.warden.application.session.service;

import dev.warden.application.shared.port.out.Telemetry;
import dev.warden.application.legacy.port.out.LegacyTokenStore;
import dev.warden.application.session.port.out.SessionStore;
import dev.warden.application.shared.Failures;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.application.token.port.out.RefreshTokenStore;
import dev.warden.application.token.service.FamilyRevocation;
import dev.warden.domain.token.RefreshToken;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Ends every way a user is signed in (refresh-token families with their access tokens, sessions, legacy tokens):
 * after a password reset, a deactivation or deletion, or when the owner of the mailbox takes over an account; or
 * every way but the one of the current request (revoking the other sessions, changing the password).
 */
public final class SignOuts {
    private final RefreshTokenStore refreshTokens;
    private final FamilyRevocation families;
    private final SessionStore sessions;
    private final LegacyTokenStore legacyTokens;
    private final Telemetry telemetry;

    public SignOuts(RefreshTokenStore refreshTokens, FamilyRevocation families, SessionStore sessions,
                    LegacyTokenStore legacyTokens, Telemetry telemetry) {
        this.telemetry = telemetry;
        this.refreshTokens = refreshTokens;
        this.families = families;
        this.sessions = sessions;
        this.legacyTokens = legacyTokens;
    }

    public void everywhere(UserId user, Instant now) {
        // each way is ended even if a backing server fails another; then that failure is reported
        var failures = new Failures();
        for (var head : refreshTokens.liveByUser(user, now)) {
            failures.run(() -> families.revoke(head.familyId()));
        }
        telemetry.sessionsEnded(failures.count(() -> sessions.deleteAllOfUser(user, Optional.empty(), now)));
        failures.count(() -> legacyTokens.deleteAllOfUser(user, Optional.empty(), now));
        failures.throwFirst();
    }

    /**
     * Ends every way the caller's account is signed in except the one of this request: the session of its cookie, the
     * legacy token, or the family of its access token (HTTP Basic holds nothing, so everything ends). Returns how many
     * live ones ended.
     */
    public int everywhereElse(Caller caller, Instant now) {
        var user = caller.userId();
        var credential = caller.credential();
        Optional<UUID> session = credential instanceof Caller.SessionCredential current
                ? Optional.of(current.sessionId()) : Optional.empty();
        Optional<UUID> legacyToken = credential instanceof Caller.LegacyTokenCredential current
                ? Optional.of(current.tokenId()) : Optional.empty();
        Optional<UUID> family = credential instanceof Caller.AccessTokenCredential current
                ? refreshTokens.findByAccessTokenId(current.tokenId()).map(RefreshToken::familyId) : Optional.empty();
        var failures = new Failures();
        int ended = failures.count(() -> sessions.deleteAllOfUser(user, session, now));
        telemetry.sessionsEnded(ended);
        ended += failures.count(() -> legacyTokens.deleteAllOfUser(user, legacyToken, now));
        for (var head : refreshTokens.liveByUser(user, now)) {
            if (family.filter(head.familyId()::equals).isEmpty()) {
                failures.run(() -> families.revoke(head.familyId()));
                ended++;
            }
        }
        failures.throwFirst();
        return ended;
    }
}
