package dev.warden.adapter.web.legacy;

import dev.warden.adapter.web.security.Callers;
import dev.warden.application.port.in.LegacyFormResult;
import dev.warden.application.port.in.LegacyLoginCommand;
import dev.warden.application.port.in.LegacyLoginUseCase;
import dev.warden.application.port.in.LegacyLogoutUseCase;
import dev.warden.application.port.in.LegacySignupCommand;
import dev.warden.application.port.in.LegacySignupUseCase;
import dev.warden.application.port.in.LegacyTokenCommand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import java.util.Objects;

/**
 * The legacy token API of seed 001: signup and login forms ({@code application/x-www-form-urlencoded}) that answer
 * 200 with {@code {"errors": {...}, "success": ..., "token": ...}}, and logout by the {@code Token} header. The
 * same accounts as {@code /api/auth}; the token then works wherever a bearer token does.
 */
@Controller("/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class LegacyTokenController {
    private final LegacySignupUseCase signup;
    private final LegacyLoginUseCase login;
    private final LegacyLogoutUseCase logout;

    LegacyTokenController(LegacySignupUseCase signup, LegacyLoginUseCase login, LegacyLogoutUseCase logout) {
        this.signup = signup;
        this.login = login;
        this.logout = logout;
    }

    @Post(value = "/signup", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<LegacyReplies.Form> signup(@Body @Nullable Map<String, String> body) {
        var form = Objects.requireNonNullElse(body, Map.<String, String>of());
        return reply(signup.signup(new LegacySignupCommand(form.get("username"), form.get("password1"),
                form.get("password2"), form.get("email"), form.get("accept_tos"))));
    }

    @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<LegacyReplies.Form> login(HttpRequest<?> http, @Body @Nullable Map<String, String> body) {
        var form = Objects.requireNonNullElse(body, Map.<String, String>of());
        return reply(login.login(new LegacyLoginCommand(form.get("username"), form.get("password"),
                Callers.clientOf(http))));
    }

    /** Needs no authentication (seed 001): without a live token in the header, it answers no success. */
    @Post(value = "/logout", consumes = MediaType.ALL)
    LegacyReplies.Logout logout(HttpRequest<?> http) {
        var ended = Callers.legacyTokenOf(http).map(token -> logout.logout(new LegacyTokenCommand(token)))
                .orElse(false);
        return new LegacyReplies.Logout(ended);
    }

    private static HttpResponse<LegacyReplies.Form> reply(LegacyFormResult result) {
        return HttpResponse.ok(LegacyReplies.Form.of(result))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.PRAGMA, "no-cache");
    }
}
