package dev.warden.application.legacy.service;

import dev.warden.application.legacy.port.in.LegacyFormResult;
import dev.warden.application.legacy.port.in.LegacyFormResult.FormProblem;
import dev.warden.application.legacy.port.in.LegacyFormResult.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The errors of a legacy form, gathered field by field, as data (the web adapter words them). */
final class LegacyForm {
    private final Map<String, List<Problem>> errors = new TreeMap<>();

    void add(String field, Problem problem) {
        errors.computeIfAbsent(field, key -> new ArrayList<>()).add(problem);
    }

    /** Adds {@link FormProblem#REQUIRED} when the value is missing or blank; true when it is there. */
    boolean require(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, FormProblem.REQUIRED);
            return false;
        }
        return true;
    }

    /** As {@link #require}, for a password: only a missing or empty one is missing (spaces are characters). */
    boolean requirePassword(String field, String value) {
        if (value == null || value.isEmpty()) {
            add(field, FormProblem.REQUIRED);
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

    static LegacyFormResult rejected(String field, Problem problem) {
        var form = new LegacyForm();
        form.add(field, problem);
        return form.rejected();
    }
}
