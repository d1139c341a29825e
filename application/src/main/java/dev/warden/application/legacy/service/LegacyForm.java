package dev.warden.application.legacy.service;

import dev.warden.application.legacy.port.in.LegacyFormResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The errors of a legacy form, gathered field by field, with the messages that clients of seed 001 know
 * (Django's form messages).
 */
final class LegacyForm {
    static final String REQUIRED = "This field is required.";
    static final String PASSWORDS_DIFFER = "The two password fields didn't match.";
    static final String USERNAME_TAKEN = "A user with that username already exists.";
    static final String EMAIL_TAKEN = "A user with that email already exists.";
    static final String INVALID_EMAIL = "Enter a valid email address.";
    static final String TERMS_NOT_ACCEPTED = "You must accept the terms of service.";
    static final String INVALID_CREDENTIALS = "Invalid credentials";
    static final String ACCOUNT_DISABLED = "Account is disabled";
    /** The key of errors that belong to no single field. */
    static final String NON_FIELD = "__all__";

    private final Map<String, List<String>> errors = new TreeMap<>();

    void add(String field, String message) {
        errors.computeIfAbsent(field, key -> new ArrayList<>()).add(message);
    }

    void addAll(String field, List<String> messages) {
        messages.forEach(message -> add(field, message));
    }

    /** Adds {@link #REQUIRED} when the value is missing or blank; true when it is there. */
    boolean require(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, REQUIRED);
            return false;
        }
        return true;
    }

    /** As {@link #require}, for a password: only a missing or empty one is missing (spaces are characters). */
    boolean requirePassword(String field, String value) {
        if (value == null || value.isEmpty()) {
            add(field, REQUIRED);
            return false;
        }
        return true;
    }

    boolean isValid() {
        return errors.isEmpty();
    }

    LegacyFormResult rejected() {
        return new LegacyFormResult.Rejected(errors);
    }

    static LegacyFormResult rejected(String field, String message) {
        var form = new LegacyForm();
        form.add(field, message);
        return form.rejected();
    }
}
