package dev.warden.adapter.web.openapi;

import dev.warden.domain.password.PasswordPolicy;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.User;
import dev.warden.domain.user.Username;

/**
 * The rules of the request fields, for the document to state exactly what the service takes
 * ({@code @Schema(pattern = Formats.NOT_BLANK)}): each is the check of the domain or of a command, written as a JSON
 * Schema pattern or bound. Where a check goes further than a pattern can (a look-alike address, a common password),
 * the field's description says so and the refusal is not a 422 of shape but the documented refusal of that rule.
 */
public final class Formats {
    /** A required text holds more than white space: a blank one is refused as missing (422). */
    public static final String NOT_BLANK = "\\S";

    /**
     * An address as {@link Email#of} reads it: white space around it is dropped; a local part and a domain with a
     * dot and a top-level label of two or more, none of {@code "(),:;<>[\]} or white space; no leading dot, no
     * {@code ..}, no {@code .@}. (A domain that mixes scripts or hides characters is refused apart, 422.)
     */
    public static final String EMAIL = "^[ \\t\\r\\n]*(?!\\.)(?!.*\\.\\.)(?!.*\\.@)[^@\\s\"(),:;<>\\[\\\\\\]]+"
            + "@[^@\\s\"(),:;<>\\[\\\\\\]]+\\.[^@\\s\"(),:;<>\\[\\\\\\].]{2,}[ \\t\\r\\n]*$";
    public static final int EMAIL_MAX = Email.MAX_LENGTH;

    /** Letters, digits and {@code . + - _} (after white space around it is dropped, and NFKC). */
    public static final String USERNAME = "^\\s*[\\p{L}\\p{N}._+-]+\\s*$";
    public static final int USERNAME_MAX = Username.MAX_LENGTH;

    /** A new password's length: the policy's default minimum ({@code AUTH_PASSWORD_MIN_LENGTH}) and its maximum. */
    public static final int PASSWORD_MIN = PasswordPolicy.DEFAULT_MIN_LENGTH;
    public static final int PASSWORD_MAX = PasswordPolicy.MAX_LENGTH;

    /** A first, last or display name. */
    public static final int NAME_MAX = User.MAX_NAME_LENGTH;

    /**
     * An absolute http(s) URL without user info or fragment, as {@code CallbackUrl} reads it: a page of the client's
     * that a mailed link opens. (Whether its origin may be linked to is the allow-list's say: 400 otherwise.)
     */
    public static final String HTTP_URL = "^\\s*[Hh][Tt][Tt][Pp][Ss]?://"
            + "(([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)*[A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?"
            + "|((25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9]))"
            + "(:[0-9]{1,5})?([/?][A-Za-z0-9._~:/?!$&'()*+,;=@-]*)?\\s*$";

    private Formats() {}
}
