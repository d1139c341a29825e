package dev.warden.adapter.web.legacy;

import dev.warden.adapter.web.error.ErrorCatalogue;
import dev.warden.application.legacy.port.in.LegacyFormResult;
import dev.warden.application.legacy.port.in.LegacyFormResult.FormProblem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The legacy API's dialect (seed 001): the errors of its forms in the messages its clients know, Django's form
 * messages; a reason registration gives for a field (a username's rules, the password policy) is repeated in the
 * contract's words.
 */
public final class LegacyErrors {
    private LegacyErrors() {}

    /** The form's errors by field, as the body's {@code errors} holds them (fields in the result's order). */
    public static Map<String, List<String>> errors(LegacyFormResult.Rejected rejected) {
        var errors = new LinkedHashMap<String, List<String>>();
        rejected.errors().forEach((field, problems) -> errors.put(field,
                problems.stream().map(LegacyErrors::message).toList()));
        return Collections.unmodifiableMap(errors);
    }

    static String message(LegacyFormResult.Problem problem) {
        return switch (problem) {
            case FormProblem form -> switch (form) {
                case REQUIRED -> "This field is required.";
                case PASSWORDS_DIFFER -> "The two password fields didn't match.";
                case USERNAME_TAKEN -> "A user with that username already exists.";
                case EMAIL_TAKEN -> "A user with that email already exists.";
                case INVALID_EMAIL -> "Enter a valid email address.";
                case TERMS_NOT_ACCEPTED -> "You must accept the terms of service.";
                case INVALID_CREDENTIALS -> "Invalid credentials";
                case ACCOUNT_DISABLED -> "Account is disabled";
            };
            case LegacyFormResult.Refused refused -> ErrorCatalogue.reason(refused.reason());
        };
    }
}
