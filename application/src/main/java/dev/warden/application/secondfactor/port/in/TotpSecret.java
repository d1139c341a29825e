package dev.warden.application.secondfactor.port.in;

import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import java.util.Arrays;
import java.util.Base64;

/**
 * A TOTP shared secret made by the caller's client, as raw bytes: {@value #MIN_BYTES} (RFC 4226 §4: at least 128
 * bits) to {@value #MAX_BYTES} of them.
 */
public final class TotpSecret {
    public static final int MIN_BYTES = 16;
    public static final int MAX_BYTES = 32;

    private final byte[] bytes;

    private TotpSecret(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    /**
     * The secret written in standard base64 (RFC 4648 §4, padded or not); InvalidInput of {@code field}
     * (Base64) for anything else, or a secret of the wrong length.
     */
    public static TotpSecret fromBase64(String field, String base64) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException notBase64) {
            decoded = new byte[0];
        }
        if (decoded.length < MIN_BYTES || decoded.length > MAX_BYTES) {
            throw AuthError.InvalidInput.of(field, new Reason.Base64(MIN_BYTES, MAX_BYTES)).exception();
        }
        return new TotpSecret(decoded);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TotpSecret that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "TotpSecret[***]";
    }
}
