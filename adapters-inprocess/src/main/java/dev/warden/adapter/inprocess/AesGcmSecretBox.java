package dev.warden.adapter.inprocess;

import dev.warden.application.shared.port.out.SecretBox;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KDF;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.HKDFParameterSpec;

/**
 * AES-256-GCM with a random 96-bit nonce per value and the context as associated data; fingerprints are
 * HMAC-SHA256 under a second key. A sealed value is a
 * version byte, the nonce, then the ciphertext and its 128-bit tag. Both keys are derived with HKDF-SHA256 (the
 * JDK's KDF API) from the configured key material, so that any long random string will do as a key.
 */
public final class AesGcmSecretBox implements SecretBox {
    /** The least key material accepted: 32 characters (from {@code openssl rand -base64 32}, for instance). */
    public static final int MIN_KEY_MATERIAL = 32;
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] HKDF_INFO = "warden secret box v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HKDF_MAC_INFO = "warden fingerprint v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKey key;
    private final SecretKey macKey;
    private final SecureRandom random = new SecureRandom();

    private AesGcmSecretBox(SecretKey key, SecretKey macKey) {
        this.key = key;
        this.macKey = macKey;
    }

    /** A box whose key is derived from {@code keyMaterial}, at least {@link #MIN_KEY_MATERIAL} characters. */
    public static AesGcmSecretBox fromKeyMaterial(String keyMaterial) {
        if (keyMaterial == null || keyMaterial.strip().length() < MIN_KEY_MATERIAL) {
            throw new IllegalArgumentException(
                    "the secrets key must be at least " + MIN_KEY_MATERIAL + " characters, e.g. openssl rand -base64 32");
        }
        try {
            var hkdf = KDF.getInstance("HKDF-SHA256");
            var material = keyMaterial.strip().getBytes(StandardCharsets.UTF_8);
            var aes = hkdf.deriveKey("AES", HKDFParameterSpec.ofExtract().addIKM(material).thenExpand(HKDF_INFO, 32));
            var mac = hkdf.deriveKey("HmacSHA256",
                    HKDFParameterSpec.ofExtract().addIKM(material).thenExpand(HKDF_MAC_INFO, 32));
            return new AesGcmSecretBox(aes, mac);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HKDF-SHA256 and AES are part of every Java 25 platform", e);
        }
    }

    @Override
    public byte[] seal(byte[] plaintext, String context) {
        var nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            var ciphertext = cipher.doFinal(plaintext);
            var sealed = new byte[1 + NONCE_BYTES + ciphertext.length];
            sealed[0] = VERSION;
            System.arraycopy(nonce, 0, sealed, 1, NONCE_BYTES);
            System.arraycopy(ciphertext, 0, sealed, 1 + NONCE_BYTES, ciphertext.length);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java platform", e);
        }
    }

    @Override
    public String fingerprint(String value, String context) {
        try {
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            mac.update(context.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0); // the context cannot run into the value
            return java.util.HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", e);
        }
    }

    @Override
    public byte[] open(byte[] sealed, String context) {
        if (sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
            throw new IllegalStateException("not a sealed value of this service");
        }
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES)));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException("the sealed value was not made with this secrets key and context", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java platform", e);
        }
    }
}
