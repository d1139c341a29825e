package dev.warden.adapter.web.stack;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * The error body of the Stack-style surface: {@code {"code": "<Name>", "error": "<message>"}}, with the contract's
 * {@code extra} (fields of a 422, a password's reasons, {@code retry_after}) as {@code details} when there are any.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record StackError(String code, String error, Map<String, Object> details) {
    StackError {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
