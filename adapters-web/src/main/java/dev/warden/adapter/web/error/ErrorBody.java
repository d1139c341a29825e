package dev.warden.adapter.web.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/** The one error body of the contract: {@code {"detail": ..., "status_code": ..., "extra": {...}}}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ErrorBody(String detail, @JsonProperty("status_code") int statusCode, Map<String, Object> extra) {
    public ErrorBody {
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }
}
