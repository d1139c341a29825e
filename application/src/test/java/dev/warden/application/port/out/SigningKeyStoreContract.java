package dev.warden.application.port.out;

import static dev.warden.application.port.out.TestUsers.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link SigningKeyStore} must do. Each adapter's test extends this class with an empty store. */
public abstract class SigningKeyStoreContract {

    protected abstract SigningKeyStore store();

    private static SigningKey key(String algorithm) {
        return new SigningKey(UUID.randomUUID().toString(), algorithm, new byte[] {1, 2, 3}, new byte[] {4, 5, 6}, T0);
    }

    @Test
    void firstKeyOfAnAlgorithmWinsAndLaterCandidatesAreIgnored() {
        var first = key("ES256");
        var second = key("ES256");

        assertThat(store().current("ES256")).isEmpty();
        assertThat(store().addIfAbsent(first).keyId()).isEqualTo(first.keyId());
        assertThat(store().addIfAbsent(second).keyId()).isEqualTo(first.keyId());

        var current = store().current("ES256").orElseThrow();
        assertThat(current.keyId()).isEqualTo(first.keyId());
        assertThat(current.privateKey()).containsExactly(1, 2, 3);
        assertThat(current.publicKey()).containsExactly(4, 5, 6);
        assertThat(current.createdAt()).isEqualTo(T0);
    }

    @Test
    void keysOfOtherAlgorithmsAreKeptApart() {
        var ec = key("ES256");
        var rsa = key("RS256");
        store().addIfAbsent(ec);
        store().addIfAbsent(rsa);

        assertThat(store().current("ES256").orElseThrow().keyId()).isEqualTo(ec.keyId());
        assertThat(store().current("RS256").orElseThrow().keyId()).isEqualTo(rsa.keyId());
    }
}
