package dev.warden.domain.user;

import dev.warden.domain.error.AuthError;

/**
 * A username as typed (for display) and its key (for uniqueness). Letters, digits and {@code . + - _},
 * 1 to 150 characters after NFKC normalization. No {@code @}: a login name with one is always an email
 * address, so no username can shadow another account's email.
 */
public record Username(String value, String key) {
    public static final int MAX_LENGTH = 150;

    public Username {
        // Validation lives in of(); this constructor also restores stored values whose key was computed
        // by an earlier Unicode version, so it only insists on presence.
        java.util.Objects.requireNonNull(value, "value");
        java.util.Objects.requireNonNull(key, "key");
    }

    public static Username of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid("must not be blank");
        }
        var value = TextKey.nfkc(raw.strip());
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw invalid("size must be between 1 and " + MAX_LENGTH);
        }
        boolean allowed = value.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || ".+-_".indexOf(c) >= 0);
        if (!allowed) {
            throw invalid("may contain only letters, digits and . + - _");
        }
        return new Username(value, TextKey.of(value));
    }

    /** The key a login identifier would have as a username, without validating it. */
    public static String keyOf(String raw) {
        return TextKey.of(raw.strip());
    }

    private static RuntimeException invalid(String reason) {
        return AuthError.InvalidInput.of("username", reason).exception();
    }
}
