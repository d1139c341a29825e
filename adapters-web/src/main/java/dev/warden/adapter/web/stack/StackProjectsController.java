package dev.warden.adapter.web.stack;

import static dev.warden.adapter.web.stack.StackDocs.*;

import dev.warden.application.oauth.port.in.OAuthLoginUseCase;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Stack's current project (the SDK's {@code getProject()}): the one project the service stands for. */
@Controller("/api/v1/projects")
@Tag(name = TAG)
@Secured(SecurityRule.IS_ANONYMOUS)
class StackProjectsController {
    private final StackClientProject project;

    StackProjectsController(OAuthLoginUseCase oauth, @Value("${auth.stack.project-id:internal}") String projectId,
                            @Value("${auth.totp.issuer:Warden}") String name) {
        var providers = oauth.providers().stream().map(StackClientProject.Provider::new).toList();
        this.project = new StackClientProject(projectId, name, new StackClientProject.Config(true, true, true, true,
                false, false, false, false, false, providers, java.util.List.of()));
    }

    @Operation(summary = "The project", description = """
            The project of `AUTH_STACK_PROJECT_ID`, in the fields of Stack's client view: which ways in the service \
            offers (all of password, mailed code and passkey; the configured identity providers), and none of \
            Stack's teams or API keys. Needs no credential.""")
    @ApiResponse(responseCode = "200", description = "The project")
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Get("/current")
    StackClientProject current() {
        return project;
    }
}
