package dev.warden.application.mail.port.out;


import dev.warden.application.shared.port.out.Purges;
import dev.warden.domain.token.SignInCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import static dev.warden.application.account.port.out.TestUsers.T0;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link SignInCodeStore} must do. Each adapter's test extends this class. */
public abstract class SignInCodeStoreContract {
    private static final Duration LIFETIME = Duration.ofMinutes(10);

    protected abstract SignInCodeStore store();

    private record Issued(SignInCode code, String nonce) {}

    private Issued stored(String digits) {
        var nonce = "nonce-" + UUID.randomUUID();
        var code = SignInCode.issue(UUID.randomUUID(), digits, nonce, "Ada@Example.com", T0, LIFETIME);
        store().add(code);
        return new Issued(code, nonce);
    }

    @Test
    void anAttemptFindsTheCodeByItsNonceAndCountsItself() {
        var issued = stored("123456");

        var claimed = store().claimAttempt(SignInCode.nonceHashOf(issued.nonce()), T0).orElseThrow();

        assertThat(claimed.id()).isEqualTo(issued.code().id());
        assertThat(claimed.attempts()).isEqualTo(1);
        assertThat(claimed.email()).isEqualTo("Ada@Example.com");
        assertThat(claimed.matches("123456" + issued.nonce())).isTrue();
        assertThat(claimed.nonceHash()).doesNotContain(issued.nonce());
        assertThat(store().claimAttempt(SignInCode.nonceHashOf("nonce-" + UUID.randomUUID()), T0)).isEmpty();
    }

    @Test
    void attemptsArrivingTogetherGetTheCodeAtMostFiveTimes() throws Exception {
        var issued = stored("000111");
        var nonceHash = SignInCode.nonceHashOf(issued.nonce());
        var attempts = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < 40; i++) {
            attempts.add(() -> store().claimAttempt(nonceHash, T0).isPresent());
        }

        int granted = 0;
        try (var threads = Executors.newFixedThreadPool(8)) {
            for (var result : threads.invokeAll(attempts)) {
                granted += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
        }

        assertThat(granted).isEqualTo(SignInCode.MAX_ATTEMPTS);
        assertThat(store().claimAttempt(nonceHash, T0)).isEmpty();
    }

    @Test
    void anExpiredOrUsedCodeGivesNoAttempt() {
        var expiring = stored("222333");
        assertThat(store().claimAttempt(SignInCode.nonceHashOf(expiring.nonce()), T0.plus(LIFETIME))).isEmpty();

        var used = stored("444555");
        assertThat(store().consume(used.code().id(), T0.plusSeconds(5))).isTrue();
        assertThat(store().consume(used.code().id(), T0.plusSeconds(6))).isFalse();
        assertThat(store().claimAttempt(SignInCode.nonceHashOf(used.nonce()), T0.plusSeconds(7))).isEmpty();
    }

    @Test
    void expiredCodesAreForgottenWhenANewOneIsStored() {
        var old = stored("666777");
        var later = SignInCode.issue(UUID.randomUUID(), "888999", "nonce-" + UUID.randomUUID(), "b@example.com",
                T0.plus(LIFETIME), LIFETIME);
        store().add(later);

        // gone for good: even a clock turned back finds nothing
        assertThat(store().claimAttempt(SignInCode.nonceHashOf(old.nonce()), T0)).isEmpty();
    }

    @Test
    void purgeExpiredRemovesExpiredAndUsedCodesInBoundedBatchesAndKeepsLiveOnes() {
        var live = stored("222333");
        var used = stored("444555");
        store().consume(used.code().id(), T0);
        var expired = new java.util.ArrayList<SignInCode>();
        for (int i = 0; i < 2; i++) {
            var code = SignInCode.issue(UUID.randomUUID(), "666777", "nonce-" + UUID.randomUUID(), "ada@example.com",
                    T0.minus(Duration.ofHours(1)), LIFETIME);
            store().add(code);
            expired.add(code);
        }

        assertThat(store().purgeExpired(T0, 2)).isEqualTo(2);
        assertThat(Purges.drain(batch -> store().purgeExpired(T0, batch), 2)).isGreaterThanOrEqualTo(1);

        // a stored unused code can be consumed, expired or not: the purged ones are not there any more
        expired.forEach(code -> assertThat(store().consume(code.id(), T0)).isFalse());
        assertThat(store().claimAttempt(SignInCode.nonceHashOf(live.nonce()), T0)).isPresent();
        assertThat(store().purgeExpired(T0, 2)).isZero();
    }
}
