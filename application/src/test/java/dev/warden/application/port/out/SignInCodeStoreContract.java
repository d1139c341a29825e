package dev.warden.application.port.out;

import static dev.warden.application.port.out.TestUsers.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.domain.token.SignInCode;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** What every {@link SignInCodeStore} must do. Each adapter's test extends this class. */
public abstract class SignInCodeStoreContract {

    protected abstract SignInCodeStore store();

    private static SignInCode code(String digits) {
        return SignInCode.issue(UUID.randomUUID(), digits, "nonce-" + UUID.randomUUID(), "Ada@Example.com", T0,
                Duration.ofMinutes(10));
    }

    @Test
    void aStoredCodeIsFoundByItsNonceAndUnknownNoncesAreNot() {
        var code = code("123456");
        store().add(code);

        assertThat(store().findByNonce(code.nonce())).contains(code);
        assertThat(store().findByNonce("nonce-" + UUID.randomUUID())).isEmpty();
        assertThat(store().findByNonce(code.nonce()).orElseThrow().matches("123456" + code.nonce())).isTrue();
    }

    @Test
    void everyWrongCodeCountsEvenWhenTheyArriveTogether() throws Exception {
        var code = code("000111");
        store().add(code);

        try (var threads = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                threads.submit(() -> store().recordFailure(code.id()));
            }
        }
        store().recordFailure(code.id());

        var stored = store().findByNonce(code.nonce()).orElseThrow();
        assertThat(stored.failures()).isEqualTo(SignInCode.MAX_FAILURES);
        assertThat(stored.isUsable(T0)).isFalse();
    }

    @Test
    void aCodeIsConsumedOnce() {
        var code = code("987654");
        store().add(code);

        assertThat(store().consume(code.id(), T0.plusSeconds(5))).isTrue();
        assertThat(store().consume(code.id(), T0.plusSeconds(6))).isFalse();
        var stored = store().findByNonce(code.nonce()).orElseThrow();
        assertThat(stored.usedAt()).contains(T0.plusSeconds(5));
        assertThat(stored.isUsable(T0.plusSeconds(7))).isFalse();
    }
}
