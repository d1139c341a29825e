package dev.warden.adapter.web.legacy;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.warden.application.legacy.port.in.LegacyFormResult;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** The bodies of the legacy API, as seed 001 shows them. */
public final class LegacyReplies {
    private LegacyReplies() {}

    /** {@code {"errors": {field: [messages]}, "success": bool, "token": hex or null}}. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Form(Map<String, List<String>> errors, boolean success, @Nullable String token) {
        public static Form of(LegacyFormResult result) {
            return switch (result) {
                case LegacyFormResult.Issued issued -> new Form(Map.of(), true, issued.token());
                case LegacyFormResult.Rejected rejected -> new Form(LegacyErrors.errors(rejected), false, null);
            };
        }
    }

    @Serdeable
    record Logout(boolean success) {}
}
