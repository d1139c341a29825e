package dev.warden.domain.user;

import dev.warden.domain.error.AuthError;
import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address as typed (for display and delivery: mail goes to exactly this spelling) and its key (for
 * uniqueness and look-up): the local part NFKC-normalized and case-folded, the domain compared after IDNA, so
 * {@code Ann@Example.com}, {@code ann@example.com} and {@code ann@EXAMPLE.com} are one account, as are
 * {@code ann@bücher.de} and {@code ann@xn--bcher-kva.de}.
 *
 * <p>Some characters fold into other letters ({@code ı} into {@code i}, {@code ß} into {@code ss}), so two
 * different mailboxes would share one key: an address holding one is refused, as is an address with a control or
 * invisible character. What is accepted can be told apart from every other accepted mailbox by its key.
 */
public record Email(String value, String key) {
    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s\"(),:;<>\\[\\\\\\]]+@[^@\\s\"(),:;<>\\[\\\\\\]]+\\.[^@\\s\"(),:;<>\\[\\\\\\].]{2,}$");
    public static final String MALFORMED = "must be a well-formed email address";
    public static final String INVISIBLE = "must not contain control or invisible characters";
    public static final String LOOK_ALIKE = "must not contain letters that fold into others, such as ı or ß";

    public Email {
        // Validation lives in of(); this constructor also restores stored values whose key was computed
        // by an earlier Unicode version, so it only insists on presence.
        java.util.Objects.requireNonNull(value, "value");
        java.util.Objects.requireNonNull(key, "key");
    }

    public static Email of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid("must not be blank");
        }
        var typed = trimSpaces(raw);
        if (typed.codePoints().anyMatch(Email::invisible)) {
            throw invalid(INVISIBLE);
        }
        var value = TextKey.nfkc(typed);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()
                || value.startsWith(".") || value.contains("..") || value.contains(".@")) {
            throw invalid(MALFORMED);
        }
        var at = value.lastIndexOf('@');
        var local = value.substring(0, at);
        var domain = value.substring(at + 1);
        var domainKey = domainKey(domain).orElseThrow(() -> invalid(MALFORMED));
        if (!foldsLikeLowerCase(local) || !foldsLikeLowerCase(domain)
                || !isAscii(domain) && !TextKey.nfkc(domain.toLowerCase(Locale.ROOT)).equals(domainKey)) {
            throw invalid(LOOK_ALIKE);
        }
        return new Email(value, TextKey.of(local) + "@" + domainKey);
    }

    /** The key a login identifier would have as an address, without validating it. */
    public static String keyOf(String raw) {
        var text = raw.strip();
        var at = text.lastIndexOf('@');
        if (at < 0) {
            return TextKey.of(text);
        }
        var domain = text.substring(at + 1);
        return TextKey.of(text.substring(0, at)) + "@" + domainKey(domain).orElseGet(() -> TextKey.of(domain));
    }

    /** The domain's key: its IDNA form (A-labels turned back into Unicode), case-folded; empty if IDNA refuses it. */
    private static Optional<String> domainKey(String domain) {
        try {
            return Optional.of(TextKey.of(IDN.toUnicode(IDN.toASCII(TextKey.nfkc(domain)))));
        } catch (IllegalArgumentException invalid) {
            return Optional.empty();
        }
    }

    /** Whether case folding leaves the text as lower-casing would: no letter of it folds into a different letter. */
    private static boolean foldsLikeLowerCase(String text) {
        return TextKey.of(text).equals(TextKey.nfkc(text.toLowerCase(Locale.ROOT)));
    }

    private static boolean invisible(int c) {
        if (c == ' ') {
            return false; // an inner space is malformed, and reported as such
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> true;
            default -> false;
        };
    }

    /** Drops the spaces and line ends a form or a copy adds around an address; nothing else. */
    private static String trimSpaces(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && " \t\r\n".indexOf(raw.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && " \t\r\n".indexOf(raw.charAt(end - 1)) >= 0) {
            end--;
        }
        return raw.substring(start, end);
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }

    private static RuntimeException invalid(String reason) {
        return AuthError.InvalidInput.of("email", reason).exception();
    }
}
