package dev.warden.application.signingkey.port.out;

import static dev.warden.application.account.port.out.TestUsers.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link SigningKeyStore} must do. Each adapter's test extends this class with an empty store. */
public abstract class SigningKeyStoreContract {

    protected abstract SigningKeyStore store();

    private static SigningKey key(String algorithm, int generation, boolean sealed) {
        return new SigningKey(UUID.randomUUID().toString(), algorithm, generation, new byte[] {1, 2, (byte) generation},
                sealed, new byte[] {4, 5, 6}, T0.plus(Duration.ofDays(generation)));
    }

    @Test
    void theFirstKeyOfAGenerationWinsAndLaterCandidatesAreIgnored() {
        var first = key("ES256", 1, true);
        var second = key("ES256", 1, true);

        assertThat(store().keys("ES256")).isEmpty();
        assertThat(store().addIfAbsent(first).keyId()).isEqualTo(first.keyId());
        assertThat(store().addIfAbsent(second).keyId()).isEqualTo(first.keyId());

        assertThat(store().keys("ES256")).singleElement().satisfies(stored -> {
            assertThat(stored.keyId()).isEqualTo(first.keyId());
            assertThat(stored.generation()).isEqualTo(1);
            assertThat(stored.privateKey()).containsExactly(1, 2, 1);
            assertThat(stored.sealed()).isTrue();
            assertThat(stored.publicKey()).containsExactly(4, 5, 6);
            assertThat(stored.createdAt()).isEqualTo(T0.plus(Duration.ofDays(1)));
        });
    }

    @Test
    void keysAreListedOldestGenerationFirstAndAlgorithmsAreKeptApart() {
        var third = key("ES256", 3, true);
        var first = key("ES256", 1, true);
        var second = key("ES256", 2, true);
        var rsa = key("RS256", 1, true);
        store().addIfAbsent(third);
        store().addIfAbsent(first);
        store().addIfAbsent(rsa);
        store().addIfAbsent(second);

        assertThat(store().keys("ES256")).extracting(SigningKey::keyId)
                .containsExactly(first.keyId(), second.keyId(), third.keyId());
        assertThat(store().keys("RS256")).extracting(SigningKey::keyId).containsExactly(rsa.keyId());
    }

    @Test
    void twoInstancesStoringTheNextGenerationAtOnceLeaveOneKeyThatBothAreGiven() throws Exception {
        store().addIfAbsent(key("ES256", 1, true));
        var candidates = new ArrayList<SigningKey>();
        for (int i = 0; i < 4; i++) {
            candidates.add(key("ES256", 2, true));
        }
        var start = new CyclicBarrier(candidates.size());
        var answers = new ArrayList<Future<SigningKey>>();
        try (var threads = Executors.newFixedThreadPool(candidates.size())) {
            for (var candidate : candidates) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return store().addIfAbsent(candidate);
                }));
            }
        }

        var kept = store().keys("ES256");
        assertThat(kept).hasSize(2);
        for (var answer : answers) {
            assertThat(answer.get().keyId()).isEqualTo(kept.get(1).keyId());
        }
    }

    @Test
    void aPlainKeyIsSealedOnceAndKeepsEverythingElse() {
        var plain = store().addIfAbsent(key("ES256", 1, false));

        assertThat(store().seal(plain.keyId(), new byte[] {9, 9, 9})).isTrue();
        assertThat(store().seal(plain.keyId(), new byte[] {7, 7, 7})).as("sealed already").isFalse();
        assertThat(store().seal(UUID.randomUUID().toString(), new byte[] {7})).as("no such key").isFalse();

        assertThat(store().keys("ES256")).singleElement().satisfies(stored -> {
            assertThat(stored.privateKey()).containsExactly(9, 9, 9);
            assertThat(stored.sealed()).isTrue();
            assertThat(stored.keyId()).isEqualTo(plain.keyId());
            assertThat(stored.generation()).isEqualTo(1);
            assertThat(stored.publicKey()).containsExactly(4, 5, 6);
            assertThat(stored.createdAt()).isEqualTo(plain.createdAt());
        });
    }

    @Test
    void aRemovedKeyIsNoLongerListedAndRemovingItAgainDoesNothing() {
        var old = store().addIfAbsent(key("ES256", 1, true));
        var current = store().addIfAbsent(key("ES256", 2, true));

        store().remove(old.keyId());
        store().remove(old.keyId());

        assertThat(store().keys("ES256")).extracting(SigningKey::keyId).containsExactly(current.keyId());
    }
}
