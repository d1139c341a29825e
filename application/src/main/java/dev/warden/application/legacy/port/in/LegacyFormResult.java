package dev.warden.application.legacy.port.in;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a legacy form (signup, login) comes to: a new token, or the form's errors by field ({@code __all__} for
 * errors of no single field), each field with its messages, fields in alphabetical order.
 */
public sealed interface LegacyFormResult {

    record Issued(String token) implements LegacyFormResult {
        @Override
        public String toString() {
            return "Issued[***]";
        }
    }

    record Rejected(Map<String, List<String>> errors) implements LegacyFormResult {
        public Rejected {
            var sorted = new TreeMap<String, List<String>>();
            errors.forEach((field, messages) -> sorted.put(field, List.copyOf(messages)));
            if (sorted.isEmpty()) {
                throw new IllegalArgumentException("a rejected form has at least one error");
            }
            errors = Collections.unmodifiableMap(sorted);
        }
    }
}
