package dev.warden.application.login.service;

import dev.warden.application.passkey.port.out.PasskeyStore;
import dev.warden.application.secondfactor.port.out.MfaChallengeStore;
import dev.warden.application.secondfactor.port.out.TotpStore;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.mfa.MfaChallenge;
import dev.warden.domain.mfa.TotpEnrollment;
import dev.warden.domain.session.ClientInfo;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import java.util.List;

/**
 * The one gate every way in passes after its first factor (a password, a mailed code, an identity provider) and
 * before anything is issued: an account with an enabled second factor gets a challenge instead of credentials.
 */
public final class SecondFactorGate {
    /** What {@code extra.methods} lists: a code from the authenticator app, or a recovery code. */
    public static final List<String> METHODS = List.of("totp", "recovery_code");

    private final TotpStore totp;
    private final MfaChallengeStore challenges;
    private final IdGenerator ids;
    private final Clock clock;
    private final PasskeyStore passkeys;

    public SecondFactorGate(TotpStore totp, MfaChallengeStore challenges, IdGenerator ids, Clock clock,
                            PasskeyStore passkeys) {
        this.totp = totp;
        this.challenges = challenges;
        this.ids = ids;
        this.clock = clock;
        this.passkeys = passkeys;
    }

    /**
     * Returns when {@code user} may be issued credentials now; fails with MfaRequired, carrying a new challenge's
     * token, when the account has TOTP enabled. The challenge remembers {@code purpose} and {@code client}.
     */
    public void admit(User user, MfaChallenge.Purpose purpose, ClientInfo client) {
        if (totp.find(user.id()).filter(TotpEnrollment::enabled).isEmpty()) {
            return;
        }
        var token = ids.newSecret();
        challenges.add(MfaChallenge.issue(token, user.id(), purpose, client, clock.now()));
        throw new AuthError.MfaRequired(token, METHODS).exception();
    }

    /**
     * Forgets the account's second factor and its passkeys (when its address's owner takes over an account someone
     * else made: nothing the maker set up may still open it).
     */
    public void removeSecondFactor(UserId userId) {
        totp.delete(userId);
        passkeys.deleteAllOf(userId);
    }
}
