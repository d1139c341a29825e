package dev.warden.application.legacy.port.in;

import dev.warden.domain.error.Reason;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a legacy form (signup, login) comes to: a new token, or the form's errors by field ({@link #NON_FIELD} for
 * errors of no single field), each field with its problems, fields in alphabetical order. The problems are data: the
 * web adapter words them as the clients of seed 001 know them (Django's form messages).
 */
public sealed interface LegacyFormResult {
    /** The key of errors that belong to no single field. */
    String NON_FIELD = "__all__";

    record Issued(String token) implements LegacyFormResult {
        @Override
        public String toString() {
            return "Issued[***]";
        }
    }

    record Rejected(Map<String, List<Problem>> errors) implements LegacyFormResult {
        public Rejected {
            var sorted = new TreeMap<String, List<Problem>>();
            errors.forEach((field, problems) -> sorted.put(field, List.copyOf(problems)));
            if (sorted.isEmpty()) {
                throw new IllegalArgumentException("a rejected form has at least one error");
            }
            errors = Collections.unmodifiableMap(sorted);
        }
    }

    /** What is wrong with a field of a legacy form, or with the form. */
    sealed interface Problem {}

    /** The form's own checks. */
    enum FormProblem implements Problem {
        /** Missing or blank. */
        REQUIRED,
        /** The confirmation is not the password. */
        PASSWORDS_DIFFER,
        USERNAME_TAKEN,
        EMAIL_TAKEN,
        /** The address is refused, whatever registration's reason. */
        INVALID_EMAIL,
        TERMS_NOT_ACCEPTED,
        INVALID_CREDENTIALS,
        ACCOUNT_DISABLED
    }

    /** A reason registration gives for the field (a username's rules, the password policy), repeated by the form. */
    record Refused(Reason reason) implements Problem {}
}
