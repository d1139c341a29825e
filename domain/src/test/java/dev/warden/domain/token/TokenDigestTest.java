package dev.warden.domain.token;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenDigestTest {

    @Test
    void digestIsTheSha256OfTheSecretInLowercaseHex() {
        assertThat(TokenDigest.of("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(TokenDigest.of(""))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void sameSecretAlwaysGivesTheSameDigest() {
        var secret = "q3J8vXo2bE7mN1kR5tY9wZ0aC4dF6gH8jL2nP4sU6xA";

        assertThat(TokenDigest.of(secret)).isEqualTo(TokenDigest.of(secret)).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void differentSecretsGiveDifferentDigests() {
        assertThat(TokenDigest.of("secret-one")).isNotEqualTo(TokenDigest.of("secret-two"));
        assertThat(TokenDigest.of("Secret")).isNotEqualTo(TokenDigest.of("secret"));
    }
}
