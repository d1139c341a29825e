package dev.warden.domain.user;

import dev.warden.domain.error.AuthError;
import java.util.regex.Pattern;

/**
 * An email address as typed (for display and delivery) and its key (for uniqueness): the whole
 * address NFKC-normalized and case-folded, so {@code Ann@Example.com} and {@code ann@example.com} are one account.
 */
public record Email(String value, String key) {
    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s\"(),:;<>\\[\\\\\\]]+@[^@\\s\"(),:;<>\\[\\\\\\]]+\\.[^@\\s\"(),:;<>\\[\\\\\\].]{2,}$");
    public static final String MALFORMED = "must be a well-formed email address";

    public Email {
        // Validation lives in of(); this constructor also restores stored values whose key was computed
        // by an earlier Unicode version, so it only insists on presence.
        java.util.Objects.requireNonNull(value, "value");
        java.util.Objects.requireNonNull(key, "key");
    }

    public static Email of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw AuthError.InvalidInput.of("email", "must not be blank").exception();
        }
        var value = TextKey.nfkc(raw.strip());
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()
                || value.startsWith(".") || value.contains("..") || value.contains(".@")) {
            throw AuthError.InvalidInput.of("email", MALFORMED).exception();
        }
        return new Email(value, TextKey.of(value));
    }

    public static String keyOf(String raw) {
        return TextKey.of(raw.strip());
    }
}
