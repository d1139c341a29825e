package dev.warden.adapter.web.error;

import dev.warden.adapter.web.RequestIds;
import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contract's dialect: every status and message the service answers with ({@code detail}, and the reasons of the
 * fields of a 422): domain errors by case, the reasons of refused fields by case, and the framework's own failures
 * by status. The Stack-style surface names these errors its own way and keeps these messages
 * ({@code stack.StackErrors}); the legacy API words its forms itself ({@code legacy.LegacyErrors}). Nothing else in
 * the code base spells an error message, except the domain's rules, in their own words, which every dialect repeats.
 */
public final class ErrorCatalogue {
    private static final String BEARER_CHALLENGE = "Bearer realm=\"warden\"";
    /**
     * The response attribute that holds what an error response answers (the {@link AuthError}, or the
     * {@link BackingServiceUnavailable.Service} that is down), for surfaces that render it their own way.
     */
    public static final String CAUSE = "warden.error-cause";

    private ErrorCatalogue() {}

    public static MutableHttpResponse<ErrorBody> response(AuthError error) {
        return contractResponse(error).attribute(CAUSE, error);
    }

    private static MutableHttpResponse<ErrorBody> contractResponse(AuthError error) {
        return switch (error) {
            case AuthError.InvalidCredentials e -> challenge(respond(HttpStatus.UNAUTHORIZED, "Invalid credentials"));
            case AuthError.AccountDisabled e -> respond(HttpStatus.FORBIDDEN, "Account is disabled");
            case AuthError.UsernameTaken e -> respond(HttpStatus.CONFLICT, "Username already registered");
            case AuthError.EmailTaken e -> respond(HttpStatus.CONFLICT, "Email already registered");
            case AuthError.InvalidInput e -> invalid(fields(e));
            case AuthError.ConfirmationRequired e -> respond(HttpStatus.FORBIDDEN, "Confirmation required",
                    Map.of("fields", fields(new AuthError.InvalidInput(e.fields()))));
            case AuthError.ConflictsWithAccount e -> respond(HttpStatus.CONFLICT, "Conflicts with the account",
                    Map.of("fields", fields(new AuthError.InvalidInput(e.fields()))));
            case AuthError.WeakPassword e ->
                    respond(HttpStatus.FORBIDDEN, "Password does not meet requirements", Map.of("reasons", e.reasons()));
            case AuthError.InvalidRefreshToken e -> respond(HttpStatus.UNAUTHORIZED, "Invalid refresh token");
            case AuthError.InvalidToken e -> respond(HttpStatus.FORBIDDEN, "Invalid token");
            case AuthError.AuthenticationRequired e ->
                    challenge(respond(HttpStatus.UNAUTHORIZED, "Authentication required"));
            case AuthError.Forbidden e -> respond(HttpStatus.FORBIDDEN, e.message());
            case AuthError.UserNotFound e -> respond(HttpStatus.NOT_FOUND, "User not found");
            case AuthError.SessionNotFound e -> respond(HttpStatus.NOT_FOUND, "Session not found");
            case AuthError.CannotRevokeCurrentSession e ->
                    respond(HttpStatus.BAD_REQUEST, "Cannot delete the current session");
            case AuthError.InvalidVerificationToken e ->
                    respond(HttpStatus.FORBIDDEN, "Invalid or expired verification token");
            case AuthError.InvalidResetToken e -> respond(HttpStatus.FORBIDDEN, "Invalid or expired reset token");
            case AuthError.PasswordManagedByProvider e -> respond(HttpStatus.FORBIDDEN,
                    "This account uses " + e.provider() + " login. Password cannot be reset.");
            case AuthError.CannotDemoteSelf e ->
                    respond(HttpStatus.FORBIDDEN, "Administrators cannot remove their own administrator privileges");
            case AuthError.CannotDeleteSelf e ->
                    respond(HttpStatus.FORBIDDEN, "Administrators cannot delete their own account");
            case AuthError.CannotDeactivateSelf e -> respond(HttpStatus.FORBIDDEN, "Cannot deactivate your own account");
            case AuthError.InsufficientRank e ->
                    respond(HttpStatus.FORBIDDEN, "Cannot change an account of equal or higher rank");
            case AuthError.LastActiveSuperuser e ->
                    respond(HttpStatus.FORBIDDEN, "Cannot remove the last active administrator");
            case AuthError.InvalidOAuthState e -> respond(HttpStatus.FORBIDDEN, "Invalid OAuth state");
            case AuthError.UnknownProject e -> respond(HttpStatus.BAD_REQUEST, "Unknown project");
            case AuthError.InvalidClientKey e -> respond(HttpStatus.UNAUTHORIZED, "Invalid publishable client key");
            case AuthError.InvalidAuthorizationCode e ->
                    respond(HttpStatus.BAD_REQUEST, "Invalid or expired authorization code");
            case AuthError.EmailRegisteredWithProvider e ->
                    respond(HttpStatus.FORBIDDEN, "Email already registered with " + e.provider());
            case AuthError.OAuthProviderMismatch e -> respond(HttpStatus.FORBIDDEN, "OAuth provider mismatch");
            case AuthError.UnknownProvider e -> respond(HttpStatus.NOT_FOUND, "Unknown OAuth provider");
            case AuthError.ProviderError e -> respond(HttpStatus.BAD_GATEWAY, "OAuth provider error");
            case AuthError.ProviderEmailMissing e ->
                    respond(HttpStatus.FORBIDDEN, "The OAuth provider gave no email address");
            case AuthError.InsecureTransport e ->
                    respond(HttpStatus.FORBIDDEN, "HTTP Basic authentication requires HTTPS");
            case AuthError.CrossSiteRequest e -> respond(HttpStatus.FORBIDDEN, "Cross-site request refused");
            case AuthError.InvalidSignInCode e -> respond(HttpStatus.FORBIDDEN, "Invalid or expired code");
            case AuthError.CallbackNotAllowed e -> respond(HttpStatus.BAD_REQUEST, "callback_url is not allowed");
            case AuthError.MfaRequired e -> challenge(respond(HttpStatus.UNAUTHORIZED,
                    "Multi-factor authentication required", Map.of("mfa_token", e.mfaToken(), "methods", e.methods())));
            case AuthError.InvalidCode e -> respond(HttpStatus.FORBIDDEN, "Invalid code");
            case AuthError.InvalidMfaToken e -> respond(HttpStatus.FORBIDDEN, "Invalid or expired MFA token");
            case AuthError.EmailNotVerified e -> respond(HttpStatus.FORBIDDEN, "Verify your email address first");
            case AuthError.MfaAlreadyEnabled e ->
                    respond(HttpStatus.CONFLICT, "Multi-factor authentication is already enabled");
            case AuthError.MfaNotEnabled e -> respond(HttpStatus.CONFLICT, "Multi-factor authentication is not enabled");
            case AuthError.InvalidPasskey e -> respond(HttpStatus.FORBIDDEN, "Invalid passkey");
            case AuthError.PasskeyNotFound e -> respond(HttpStatus.NOT_FOUND, "Passkey not found");
            case AuthError.PasskeyAlreadyRegistered e -> respond(HttpStatus.CONFLICT, "Passkey already registered");
            case AuthError.PasskeyLimitReached e -> respond(HttpStatus.CONFLICT, "Too many passkeys: delete one first");
            case AuthError.IncorrectPassword e -> respond(HttpStatus.FORBIDDEN, "Current password is incorrect");
            case AuthError.ReauthenticationUnavailable e -> respond(HttpStatus.FORBIDDEN, "This account has no "
                    + "password or second factor to confirm the change with: set up multi-factor authentication first");
            case AuthError.InvalidEmailChangeToken e ->
                    respond(HttpStatus.FORBIDDEN, "Invalid or expired email change token");
            case AuthError.TooManyRequests e -> throttled("Too many requests", e.retryAfter());
            case AuthError.TooManyFailedLogins e -> throttled("Too many failed login attempts", e.retryAfter());
        };
    }

    /** 429 with the wait in whole seconds (rounded up), in the {@code Retry-After} header and in the body. */
    private static MutableHttpResponse<ErrorBody> throttled(String detail, java.time.Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return respond(HttpStatus.TOO_MANY_REQUESTS, detail, Map.of("retry_after", seconds))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }

    /** The fields of a 422, each with its reasons in the contract's words, in the order they were reported. */
    public static Map<String, List<String>> fields(AuthError.InvalidInput invalid) {
        var fields = new LinkedHashMap<String, List<String>>();
        invalid.fields().forEach((field, reasons) -> fields.put(field,
                reasons.stream().map(ErrorCatalogue::reason).toList()));
        return Collections.unmodifiableMap(fields);
    }

    /** Why a field is refused, in the contract's words (Bean Validation's, where it has some). */
    public static String reason(Reason reason) {
        return switch (reason) {
            case Reason.Blank r -> "must not be blank";
            case Reason.Length r -> "size must be between " + r.min() + " and " + r.max();
            case Reason.AtLeast r -> "must be " + r.min() + " or more";
            case Reason.Between r -> "must be between " + r.min() + " and " + r.max();
            case Reason.OneOf r -> r.values().size() == 1 ? "must be " + r.values().getFirst()
                    : "must be one of " + String.join(", ", r.values().subList(0, r.values().size() - 1))
                            + " or " + r.values().getLast();
            case Reason.Undeliverable r -> "cannot be delivered as written by this service's mail server";
            case Reason.ConfusableName r -> "must not mix scripts or hide characters (it could pass for another name)";
            case Reason.CurrentAddress r -> "is already the address of this account";
            case Reason.SecondFactorRequired r ->
                    "a code of the authenticator app or a recovery code is required: TOTP is enabled";
            case Reason.Base64 r -> "must be standard base64 of " + r.minBytes() + " to " + r.maxBytes() + " bytes";
            case Reason.Type r -> "must be a JSON " + r.expected();
            case Reason.Unchangeable r -> "cannot be changed here: only the current value is accepted";
            case Reason.UnknownField r -> "is not a field of this request";
            case Reason.RemovalNeedsCode r -> "cannot be removed here: turning the second factor off takes a code of "
                    + "it (POST /api/auth/mfa/totp/disable)";
            case Reason.Rule r -> r.words();
        };
    }

    /**
     * A text field of the body held a number or a boolean (the body reader's finding, before any use case ran, so
     * that no error variant is its cause).
     */
    public static MutableHttpResponse<ErrorBody> notAString(String field) {
        return invalid(Map.of(field, List.of("must be a string")));
    }

    private static MutableHttpResponse<ErrorBody> invalid(Map<String, List<String>> fields) {
        return respond(HttpStatus.UNPROCESSABLE_ENTITY, "Validation failed", Map.of("fields", fields));
    }

    /** A backing server is down: try again later. */
    public static MutableHttpResponse<ErrorBody> response(BackingServiceUnavailable.Service service) {
        var response = switch (service) {
            case DATABASE -> respond(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable");
            case SESSION_STORE -> respond(HttpStatus.SERVICE_UNAVAILABLE, "Session store unavailable");
        };
        return response.attribute(CAUSE, service);
    }

    /** The message of a failure that the framework detected before any use case ran. */
    public static String frameworkDetail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Malformed request";
            case UNAUTHORIZED -> "Authentication required";
            case FORBIDDEN -> "Forbidden";
            case NOT_FOUND -> "Not found";
            case METHOD_NOT_ALLOWED -> "Method not allowed";
            case NOT_ACCEPTABLE -> "Not acceptable";
            case REQUEST_ENTITY_TOO_LARGE -> "Request body too large";
            case REQUEST_URI_TOO_LONG -> "Request URI too long";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "Request headers too large";
            case REQUEST_TIMEOUT -> "Request timeout";
            case UNSUPPORTED_MEDIA_TYPE -> "Unsupported media type";
            case UNPROCESSABLE_ENTITY -> "Validation failed";
            case SERVICE_UNAVAILABLE -> "Service unavailable";
            default -> status.getCode() >= 500 ? "Internal server error" : status.getReason();
        };
    }

    /** A failure that the framework detected before any use case ran, by its status alone. */
    public static MutableHttpResponse<ErrorBody> framework(HttpStatus status) {
        return respond(status, frameworkDetail(status));
    }

    private static MutableHttpResponse<ErrorBody> respond(HttpStatus status, String detail) {
        return respond(status, detail, Map.of());
    }

    private static MutableHttpResponse<ErrorBody> respond(HttpStatus status, String detail, Map<String, Object> extra) {
        return HttpResponse.<ErrorBody>status(status).body(body(status, detail, extra, RequestIds.current()));
    }

    /**
     * Every error body is made here: with the request's id in {@code extra} ({@code request_id}), when it is served
     * by the web adapter's filters (the same id as the {@code X-Request-Id} header of the reply).
     */
    static ErrorBody body(HttpStatus status, String detail, Map<String, Object> extra, Optional<String> requestId) {
        if (requestId.isEmpty()) {
            return new ErrorBody(detail, status.getCode(), extra);
        }
        var withId = new LinkedHashMap<String, Object>(extra);
        withId.put(RequestIds.MDC_KEY, requestId.get());
        return new ErrorBody(detail, status.getCode(), withId);
    }

    private static MutableHttpResponse<ErrorBody> challenge(MutableHttpResponse<ErrorBody> response) {
        return response.header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
    }
}
