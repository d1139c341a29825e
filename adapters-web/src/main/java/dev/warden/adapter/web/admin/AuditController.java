package dev.warden.adapter.web.admin;

import static dev.warden.adapter.web.openapi.ApiErrors.*;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.warden.adapter.web.Replies;
import dev.warden.adapter.web.openapi.Access;
import dev.warden.adapter.web.security.Guarded;
import dev.warden.application.admin.port.in.AdministerUsersUseCase;
import dev.warden.domain.audit.AuditEntry;
import dev.warden.domain.guard.Guard;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** The audit trail of administration, newest first: administrators only. */
@Controller("/api/admin/audit")
@Tag(name = "Administration")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class AuditController {
    private final AdministerUsersUseCase admin;

    AuditController(AdministerUsersUseCase admin) {
        this.admin = admin;
    }

    @Serdeable
    record Entry(@Schema(format = "uuid") String id, @Schema(format = "date-time") String at,
                 @Schema(format = "uuid") @JsonProperty("actor_id") String actorId, String action,
                 @Schema(format = "uuid") @JsonProperty("target_id") String targetId, String details,
                 @JsonProperty("client_address") String clientAddress) {
        static Entry of(AuditEntry entry) {
            return new Entry(entry.id().toString(), Replies.timestamp(entry.at()),
                    entry.actor().toString(), entry.action(), entry.target().toString(), entry.details(),
                    entry.clientAddress());
        }
    }

    @Serdeable
    record Page(List<Entry> items, int page, int size, long total) {}

    @Operation(summary = "The audit trail of administration (administrators)", description = """
            Newest first, paged (`page` from 0, `size` up to 100).""")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "A page of entries")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = ADMINISTRATOR_REQUIRED)
    @ApiResponse(responseCode = "422", ref = VALIDATION_FAILED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Get
    @Guarded(Guard.ADMIN)
    Page audit(@Schema(minimum = "0") @QueryValue(defaultValue = "0") int page,
               @Schema(minimum = "1", maximum = "100") @QueryValue(defaultValue = "50") int size) {
        var found = admin.audit(page, size);
        return new Page(found.entries().stream().map(Entry::of).toList(), found.page(), found.size(), found.total());
    }
}
