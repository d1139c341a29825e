package dev.warden.application.secondfactor.port.out;

import static dev.warden.application.account.port.out.TestUsers.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.domain.mfa.MfaChallenge;
import dev.warden.domain.session.ClientInfo;
import dev.warden.domain.user.UserId;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MfaChallengeStore} must do. Each adapter's test extends this class. Stores that expire entries
 * by the server's clock (Redis) are tested with challenges issued now; the others with the fixed test time.
 */
public abstract class MfaChallengeStoreContract {
    private static final ClientInfo CLIENT = new ClientInfo("curl/8.0", "203.0.113.5");

    protected abstract MfaChallengeStore store();

    /** The time challenges are issued at in these tests. */
    protected java.time.Instant now() {
        return T0;
    }

    private String issued(MfaChallenge.Purpose purpose) {
        var token = "mfa-" + UUID.randomUUID();
        store().add(MfaChallenge.issue(token, new UserId(UUID.randomUUID()), purpose, CLIENT, now()));
        return token;
    }

    @Test
    void anAttemptFindsTheChallengeByItsTokenAndCountsItself() {
        var token = issued(MfaChallenge.Purpose.SESSION);

        var claimed = store().claimAttempt(MfaChallenge.hashOf(token), now()).orElseThrow();

        assertThat(claimed.tokenHash()).isEqualTo(MfaChallenge.hashOf(token)).doesNotContain(token);
        assertThat(claimed.purpose()).isEqualTo(MfaChallenge.Purpose.SESSION);
        assertThat(claimed.client()).isEqualTo(CLIENT);
        assertThat(claimed.attempts()).isEqualTo(1);
        assertThat(claimed.expiresAt()).isEqualTo(now().plus(MfaChallenge.TTL));
        assertThat(store().claimAttempt(MfaChallenge.hashOf(token), now()).orElseThrow().attempts()).isEqualTo(2);
        assertThat(store().claimAttempt(MfaChallenge.hashOf("mfa-" + UUID.randomUUID()), now())).isEmpty();
    }

    @Test
    void aChallengeGivesFiveAttemptsAtMostEvenWhenTheyArriveTogether() throws Exception {
        var hash = MfaChallenge.hashOf(issued(MfaChallenge.Purpose.TOKENS));
        var attempts = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < 40; i++) {
            attempts.add(() -> store().claimAttempt(hash, now()).isPresent());
        }

        int granted = 0;
        try (var threads = Executors.newFixedThreadPool(8)) {
            for (var result : threads.invokeAll(attempts)) {
                granted += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
        }

        assertThat(granted).isEqualTo(MfaChallenge.MAX_ATTEMPTS);
        assertThat(store().claimAttempt(hash, now())).isEmpty();
    }

    @Test
    void anExpiredChallengeIsGone() {
        var hash = MfaChallenge.hashOf(issued(MfaChallenge.Purpose.TOKENS));

        assertThat(store().claimAttempt(hash, now().plus(MfaChallenge.TTL))).isEmpty();
    }

    @Test
    void aChallengeIsConsumedOnce() {
        var hash = MfaChallenge.hashOf(issued(MfaChallenge.Purpose.LEGACY_TOKEN));

        assertThat(store().consume(hash)).isTrue();
        assertThat(store().consume(hash)).isFalse();
        assertThat(store().claimAttempt(hash, now())).isEmpty();
    }
}
