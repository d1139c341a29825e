package dev.warden.domain.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields an input requires, checked together, so that one answer names every one missing (in the order
 * checked): {@code Required.fields().text("username", username).secret("password", password).check()}.
 */
public final class Required {
    private final Map<String, List<Reason>> missing = new LinkedHashMap<>();

    private Required() {}

    public static Required fields() {
        return new Required();
    }

    /** A text that must hold more than white space. */
    public Required text(String field, String value) {
        return require(field, value != null && !value.isBlank());
    }

    /** A secret (a password): any character counts, white space too, but it may not be empty. */
    public Required secret(String field, String value) {
        return require(field, value != null && !value.isEmpty());
    }

    private Required require(String field, boolean present) {
        if (!present) {
            missing.put(field, List.of(Reason.BLANK));
        }
        return this;
    }

    /** Throws the {@link AuthError.InvalidInput} that names every field missing, if one is. */
    public void check() {
        if (!missing.isEmpty()) {
            throw new AuthError.InvalidInput(missing).exception();
        }
    }
}
