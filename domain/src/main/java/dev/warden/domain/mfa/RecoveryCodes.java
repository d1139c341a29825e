package dev.warden.domain.mfa;

import java.util.Locale;
import java.util.Optional;

/**
 * Recovery codes: ten single-use codes handed out when TOTP is enabled, for the day the authenticator is lost.
 * Each is ten characters of Crockford's base-32 alphabet (50 random bits), shown as {@code xxxxx-xxxxx}; they are
 * typed by people, so case, dashes and spaces do not matter, and the letters Crockford reads as digits
 * (O, I, L) are read so. Only a keyed fingerprint of each is stored (HMAC under the service's secrets key): 50
 * bits are out of reach of online guessing behind the throttle, and without the key a copy of the database gives
 * nothing to guess against offline.
 */
public final class RecoveryCodes {
    public static final int COUNT = 10;
    public static final int LENGTH = 10;
    public static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

    private RecoveryCodes() {}

    /** The code as shown to the user, from {@link #LENGTH} characters of {@link #ALPHABET}. */
    public static String display(String raw) {
        if (raw.length() != LENGTH || !raw.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("a recovery code is " + LENGTH + " characters of the alphabet");
        }
        return raw.substring(0, LENGTH / 2) + "-" + raw.substring(LENGTH / 2);
    }

    /** The canonical form of what a user typed, or empty when it cannot be a recovery code. */
    public static Optional<String> normalize(String entered) {
        var builder = new StringBuilder(LENGTH);
        for (char c : entered.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            char read = switch (c) {
                case 'o' -> '0';
                case 'i', 'l' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0 || builder.length() == LENGTH) {
                return Optional.empty();
            }
            builder.append(read);
        }
        return builder.length() == LENGTH ? Optional.of(builder.toString()) : Optional.empty();
    }
}
