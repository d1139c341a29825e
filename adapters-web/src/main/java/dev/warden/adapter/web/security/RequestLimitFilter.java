package dev.warden.adapter.web.security;

import dev.warden.adapter.web.error.ErrorCatalogue;
import dev.warden.application.ratelimit.port.in.ThrottleRequestsUseCase.Action;
import dev.warden.application.ratelimit.port.in.ThrottleRequestsUseCase;
import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import dev.warden.domain.error.AuthException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;

/**
 * Per-address limits on the endpoints anyone may call, and on those of a signed-in user that check a password,
 * counted before the body is read or any password checked; past a limit they answer 429 {@code Too many requests}
 * with {@code Retry-After}.
 */
@ServerFilter({"/api/auth/**", "/auth/**", "/api/v1/**"})
class RequestLimitFilter implements Ordered {
    private static final Map<String, Action> ACTIONS = Map.ofEntries(
            Map.entry("/api/auth/register", Action.REGISTER),
            Map.entry("/api/auth/login", Action.LOGIN),
            Map.entry("/api/auth/session/login", Action.LOGIN),
            Map.entry("/api/auth/token", Action.LOGIN),
            Map.entry("/api/auth/otp/sign-in", Action.LOGIN),
            Map.entry("/api/auth/mfa/totp/verify", Action.LOGIN),
            Map.entry("/api/auth/passkeys/login/options", Action.LOGIN),
            Map.entry("/api/auth/passkeys/register/options", Action.LOGIN),
            Map.entry("/api/auth/passkeys/login", Action.LOGIN),
            Map.entry("/api/auth/forgot-password", Action.FORGOT_PASSWORD),
            Map.entry("/api/auth/send-verification", Action.SEND_VERIFICATION),
            Map.entry("/api/auth/otp/send-sign-in-code", Action.SEND_VERIFICATION),
            // the Stack-style surface: the same actions, the same buckets
            Map.entry("/api/v1/auth/password/sign-up", Action.REGISTER),
            Map.entry("/api/v1/auth/password/sign-in", Action.LOGIN),
            Map.entry("/api/v1/auth/otp/sign-in", Action.LOGIN),
            Map.entry("/api/v1/auth/mfa/sign-in", Action.LOGIN),
            // each call adds a row to the token family (non-rotating refresh): limited like a login
            Map.entry("/api/v1/auth/sessions/current/refresh", Action.LOGIN),
            Map.entry("/api/v1/auth/otp/send-sign-in-code", Action.SEND_VERIFICATION),
            Map.entry("/api/v1/auth/passkey/initiate-passkey-registration", Action.LOGIN),
            Map.entry("/api/v1/auth/passkey/initiate-passkey-authentication", Action.LOGIN),
            Map.entry("/api/v1/auth/passkey/sign-in", Action.LOGIN),
            Map.entry("/api/v1/auth/password/send-reset-code", Action.FORGOT_PASSWORD),
            Map.entry("/api/v1/contact-channels/send-verification-code", Action.SEND_VERIFICATION),
            // checks the password (an Argon2 hash), as /api/auth/password/change does
            Map.entry("/api/v1/auth/password/update", Action.LOGIN),
            Map.entry("/auth/signup", Action.LEGACY),
            Map.entry("/auth/login", Action.LEGACY),
            Map.entry("/auth/logout", Action.LEGACY),
            // account self-service: each checks the password (an Argon2 hash), as a login does
            Map.entry("/api/auth/password/change", Action.LOGIN),
            Map.entry("/api/auth/email/change", Action.LOGIN),
            Map.entry("/api/auth/me/delete", Action.LOGIN));
    /** The limited requests of other methods than POST, by method and path. */
    private static final Map<String, Action> OTHER_METHODS = Map.of("DELETE /api/auth/me", Action.LOGIN);

    private final ThrottleRequestsUseCase limits;

    /** Every limited route, as {@code METHOD path}: each may answer 429, and its documentation says so. */
    static java.util.Set<String> limitedRoutes() {
        var routes = new java.util.TreeSet<>(OTHER_METHODS.keySet());
        ACTIONS.keySet().forEach(path -> routes.add("POST " + path));
        return routes;
    }

    RequestLimitFilter(ThrottleRequestsUseCase limits) {
        this.limits = limits;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> admit(HttpRequest<?> request) {
        var path = Callers.routedPath(request);
        var action = request.getMethod() == HttpMethod.POST ? ACTIONS.get(path)
                : OTHER_METHODS.get(request.getMethodName() + " " + path);
        if (action == null) {
            return null;
        }
        try {
            limits.admit(action, Callers.clientOf(request).address());
            return null;
        } catch (AuthException e) {
            return ErrorCatalogue.response(e.error());
        } catch (BackingServiceUnavailable e) {
            return ErrorCatalogue.response(e.service());
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
