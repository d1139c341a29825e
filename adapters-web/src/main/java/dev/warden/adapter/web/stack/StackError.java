package dev.warden.adapter.web.stack;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * The error body of the Stack-style surface: {@code {"code": "<Name>", "error": "<message>"}}, with the contract's
 * {@code extra} (fields of a 422, a password's reasons, {@code retry_after}) or the SDK's details as {@code details}
 * when there are any. A plain error of the SDK's dialect has no code.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record StackError(@Nullable String code, String error, @Nullable Map<String, Object> details) {
    StackError {
        details = details == null ? null : Map.copyOf(details);
    }

    /** {@code details} in the body even when empty: the SDK rebuilds some errors from it and fails without it. */
    static StackError of(StackErrors.Dialect dialect, StackErrors.Known known, String message) {
        var details = known.details().isEmpty() && (dialect == StackErrors.Dialect.SEED || known.name() == null)
                ? null : known.details();
        return new StackError(known.name(), message, details);
    }
}
