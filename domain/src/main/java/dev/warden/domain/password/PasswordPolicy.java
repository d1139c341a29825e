package dev.warden.domain.password;

import dev.warden.domain.error.Reason;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.Username;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * What a new password must satisfy (NIST SP 800-63B): a minimum length (8 by default, configurable
 * upwards), at most 128 characters, not a common or breached password, and not the account's own
 * username or email address. No composition rules: they do not make passwords stronger.
 */
public final class PasswordPolicy {
    public static final int DEFAULT_MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    private static final String TOO_SHORT = "Password must be at least %d characters long";
    private static final String TOO_LONG = "Password must be at most %d characters long";
    private static final Pattern TOO_SHORT_WORDS = Pattern.compile(TOO_SHORT.replace("%d", "(\\d+)"));

    private final int minLength;
    private final CommonPasswords common;

    public PasswordPolicy(int minLength, CommonPasswords common) {
        if (minLength < DEFAULT_MIN_LENGTH || minLength > MAX_LENGTH) {
            throw new IllegalArgumentException("minimum password length must be between "
                    + DEFAULT_MIN_LENGTH + " and " + MAX_LENGTH + ", was " + minLength);
        }
        this.minLength = minLength;
        this.common = common;
    }

    public static PasswordPolicy standard() {
        return new PasswordPolicy(DEFAULT_MIN_LENGTH, CommonPasswords.bundled());
    }

    /** Every reason the password is refused; empty when it is acceptable. */
    public List<String> violations(String password, Username username, Email email) {
        var reasons = new ArrayList<String>();
        int length = password.codePointCount(0, password.length());
        if (length < minLength) {
            reasons.add(TOO_SHORT.formatted(minLength));
        }
        if (length > MAX_LENGTH) {
            reasons.add(TOO_LONG.formatted(MAX_LENGTH));
        }
        if (common.contains(password)) {
            reasons.add("Password is too common");
        }
        // Compared by the same normalized keys as uniqueness, so no case or width variant slips through.
        if (username != null && Username.keyOf(password).equals(username.key())) {
            reasons.add("Password must not be the same as the username");
        }
        if (email != null && Email.keyOf(password).equals(email.key())) {
            reasons.add("Password must not be the same as the email address");
        }
        return List.copyOf(reasons);
    }

    /** The same, as the reasons of a refused field: rules in the policy's own words. */
    public List<Reason> refusals(String password, Username username, Email email) {
        return violations(password, username, email).stream().<Reason>map(Reason.Rule::new).toList();
    }

    /** The minimum length that {@code reason}, one of {@link #violations}, names when the password was too short. */
    public static OptionalInt minLengthNamedBy(String reason) {
        var words = TOO_SHORT_WORDS.matcher(reason);
        return words.matches() ? OptionalInt.of(Integer.parseInt(words.group(1))) : OptionalInt.empty();
    }

    /** Whether {@code reason}, one of {@link #violations}, says that the password was too long. */
    public static boolean saysTooLong(String reason) {
        return reason.equals(TOO_LONG.formatted(MAX_LENGTH));
    }

    public int minLength() {
        return minLength;
    }
}
