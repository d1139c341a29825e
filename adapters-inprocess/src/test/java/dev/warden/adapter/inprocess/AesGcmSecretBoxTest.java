package dev.warden.adapter.inprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AesGcmSecretBoxTest {
    private static final String KEY = "k3y-material-of-at-least-32-characters";
    private static final byte[] SECRET = "JBSWY3DPEHPK3PXP".getBytes(StandardCharsets.US_ASCII);
    private final AesGcmSecretBox box = AesGcmSecretBox.fromKeyMaterial(KEY);

    @Test
    void aSealedSecretOpensUnderTheSameKeyAndContext() {
        var sealed = box.seal(SECRET, "totp:user-1");

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(box.open(sealed, "totp:user-1")).isEqualTo(SECRET);
        assertThat(AesGcmSecretBox.fromKeyMaterial(KEY).open(sealed, "totp:user-1")).isEqualTo(SECRET);
    }

    @Test
    void everySealingUsesAFreshNonce() {
        assertThat(box.seal(SECRET, "totp:user-1")).isNotEqualTo(box.seal(SECRET, "totp:user-1"));
    }

    @Test
    void anotherContextAnotherKeyOrATamperedByteDoNotOpen() {
        var sealed = box.seal(SECRET, "totp:user-1");
        var tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;

        assertThatThrownBy(() -> box.open(sealed, "totp:user-2")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AesGcmSecretBox.fromKeyMaterial(KEY + "!").open(sealed, "totp:user-1"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> box.open(tampered, "totp:user-1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> box.open(new byte[5], "totp:user-1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shortKeyMaterialIsRefused() {
        assertThatThrownBy(() -> AesGcmSecretBox.fromKeyMaterial("too short"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 32 characters");
        assertThatThrownBy(() -> AesGcmSecretBox.fromKeyMaterial(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
