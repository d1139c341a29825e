package dev.warden.adapter.persistence;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/** Recognizes a unique-constraint violation (SQLSTATE 23505 on PostgreSQL and H2) and the index it hit. */
final class UniqueViolation {
    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {}

    /** The lower-cased message of the violation, when {@code error} is one. */
    static Optional<String> of(Throwable error) {
        for (var cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return Optional.of(String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }
}
