package dev.warden.application.passkey.port.out;

import static dev.warden.application.account.port.out.TestUsers.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.domain.passkey.PasskeyChallenge;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PasskeyChallengeStore} must do. Each adapter's test extends this class. Stores that expire entries
 * by the server's clock (Redis) are tested with challenges issued now; the others with the fixed test time.
 */
public abstract class PasskeyChallengeStoreContract {

    protected abstract PasskeyChallengeStore store();

    /** The time challenges are issued at in these tests. */
    protected Instant now() {
        return T0;
    }

    private static byte[] randomChallenge() {
        var bytes = new byte[PasskeyChallenge.LENGTH];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    @Test
    void aRegistrationChallengeIsTakenAsStoredAndOnlyOnce() {
        var user = new UserId(UUID.randomUUID());
        var challenge = PasskeyChallenge.forRegistration(randomChallenge(), user, now());
        store().add(challenge);

        var taken = store().take(challenge.key(), now()).orElseThrow();

        assertThat(taken.key()).isEqualTo(challenge.key());
        assertThat(taken.purpose()).isEqualTo(PasskeyChallenge.Purpose.REGISTER);
        assertThat(taken.userId()).contains(user);
        assertThat(taken.challenge()).isEqualTo(challenge.challenge());
        assertThat(taken.expiresAt()).isEqualTo(challenge.expiresAt());
        assertThat(store().take(challenge.key(), now())).isEmpty();
    }

    @Test
    void aSignInChallengeKeepsWhetherItNamedAUser() {
        var anyone = PasskeyChallenge.forLogin("id-" + UUID.randomUUID(), randomChallenge(), Optional.empty(), now());
        var user = new UserId(UUID.randomUUID());
        var named = PasskeyChallenge.forLogin("id-" + UUID.randomUUID(), randomChallenge(), Optional.of(user), now());
        store().add(anyone);
        store().add(named);

        assertThat(store().take(anyone.key(), now()).orElseThrow().userId()).isEmpty();
        var taken = store().take(named.key(), now()).orElseThrow();
        assertThat(taken.userId()).contains(user);
        assertThat(taken.purpose()).isEqualTo(PasskeyChallenge.Purpose.LOGIN);
        assertThat(store().take("unknown-" + UUID.randomUUID(), now())).isEmpty();
    }

    @Test
    void anExpiredChallengeIsGone() {
        var challenge = PasskeyChallenge.forLogin("id-" + UUID.randomUUID(), randomChallenge(), Optional.empty(), now());
        store().add(challenge);

        assertThat(store().take(challenge.key(), now().plus(PasskeyChallenge.TTL))).isEmpty();
    }

    @Test
    void aChallengeTakenTogetherGoesToOneCaller() throws Exception {
        var challenge = PasskeyChallenge.forLogin("id-" + UUID.randomUUID(), randomChallenge(), Optional.empty(), now());
        store().add(challenge);
        var takers = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < 20; i++) {
            takers.add(() -> store().take(challenge.key(), now()).isPresent());
        }

        int taken = 0;
        try (var threads = Executors.newFixedThreadPool(8)) {
            for (var result : threads.invokeAll(takers)) {
                taken += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
        }

        assertThat(taken).isEqualTo(1);
    }
}
