package dev.warden.adapter.web.stack;

import dev.warden.adapter.web.security.Callers;
import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import dev.warden.domain.password.PasswordPolicy;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The name and status of every failure on the Stack-style surface, in the two dialects its clients read; the message
 * is the contract's (ErrorCatalogue).
 * <ul>
 *   <li>{@link Dialect#SEED}, for the raw REST clients of seed 002 (and this contract): the seed's CamelCase names
 *   ({@code EmailPasswordMismatch}, ...), Stack's meaning in the same style where the seed has none, otherwise the
 *   failure's own name; the contract's statuses, except where a name of the seed comes with its own.</li>
 *   <li>{@link Dialect#SDK}, for Stack's own SDKs (they name themselves in {@code x-stack-client-version}): the codes
 *   of the SDK's list ({@code EMAIL_PASSWORD_MISMATCH}, ...) with Stack's statuses and the {@code details} the SDK
 *   rebuilds each error from. A failure that the SDK has no code for goes without a name: the SDK would take an
 *   unknown name for an outdated SDK, while a plain 4xx reaches the caller as the failed request it is (and a plain
 *   429 is waited out and retried, as the SDK does).</li>
 * </ul>
 */
final class StackErrors {
    /** The header that repeats the name, as Stack's clients read it. */
    static final String KNOWN_ERROR = "x-stack-known-error";
    /** Its twin, which SDKs from 2.8.108 read first. */
    static final String HEXCLAVE_KNOWN_ERROR = "x-hexclave-known-error";
    /** A request attribute: the address a sign-up asked for, which the SDK's USER_EMAIL_ALREADY_EXISTS repeats. */
    static final String SIGN_UP_EMAIL = "warden.stack.sign-up-email";
    /**
     * Where only the SDK goes, without naming itself: the token endpoint (oauth4webapi sends none of the SDK's
     * headers) and the authorization request (a plain fetch, then the browser).
     */
    private static final String SDK_ONLY_PATHS = "/api/v1/auth/oauth/";
    private static final String PASSKEY_PATHS = "/api/v1/auth/passkey/";

    /** A failure as a client of the dialect reads it; no name: a plain error. */
    record Known(String name, HttpStatus status, Map<String, Object> details) {
        Known(String name, HttpStatus status) {
            this(name, status, Map.of());
        }

        static Known plain(HttpStatus status, Map<String, Object> details) {
            return new Known(null, status, details);
        }
    }

    enum Dialect {
        SEED, SDK;

        static Dialect of(HttpRequest<?> request) {
            return Callers.stackHeader(request, "x-stack-client-version") != null
                    || request.getPath().startsWith(SDK_ONLY_PATHS) ? SDK : SEED;
        }
    }

    private StackErrors() {}

    /**
     * What a client of {@code dialect} reads for the contract's error with {@code status}, {@code detail} and
     * {@code extra} because of {@code cause} (an AuthError, a Service or null).
     */
    static Known of(Dialect dialect, Object cause, HttpStatus status, String detail, Map<String, Object> extra,
                    HttpRequest<?> request) {
        return dialect == Dialect.SDK ? sdk(cause, status, detail, extra, request) : seed(cause, status, detail, extra);
    }

    // ------------------------------------------------------------------------------------------------ seed 002

    private static Known seed(Object cause, HttpStatus status, String detail, Map<String, Object> extra) {
        return switch (cause) {
            case AuthError error -> seed(error, status, extra);
            case BackingServiceUnavailable.Service service -> new Known(switch (service) {
                case DATABASE -> "DatabaseUnavailable";
                case SESSION_STORE -> "SessionStoreUnavailable";
            }, status, extra);
            case null, default -> new Known(frameworkName(status, detail), status, extra);
        };
    }

    private static Known seed(AuthError error, HttpStatus status, Map<String, Object> extra) {
        return switch (error) {
            // the seed's names, with their statuses
            case AuthError.InvalidCredentials e -> new Known("EmailPasswordMismatch", HttpStatus.BAD_REQUEST, extra);
            case AuthError.EmailTaken e -> new Known("UserWithEmailAlreadyExists", status, extra);
            case AuthError.InvalidToken e when e.expired() ->
                    new Known("AccessTokenExpired", HttpStatus.UNAUTHORIZED, extra);
            case AuthError.CannotRevokeCurrentSession e -> new Known("CannotDeleteCurrentSession", status, extra);
            // Stack's names for the same failures
            case AuthError.InvalidToken e -> new Known("InvalidAccessToken", status, extra);
            case AuthError.AuthenticationRequired e -> new Known("UserAuthenticationRequired", status, extra);
            case AuthError.InvalidRefreshToken e -> new Known("RefreshTokenNotFoundOrExpired", status, extra);
            case AuthError.CallbackNotAllowed e -> new Known("RedirectUrlNotWhitelisted", status, extra);
            case AuthError.WeakPassword e -> new Known("PasswordRequirementsNotMet", status, extra);
            case AuthError.MfaRequired e -> new Known("MultiFactorAuthenticationRequired", status,
                    withAttemptCode(extra, e));
            case AuthError.InvalidCode e -> new Known("InvalidTotpCode", status, extra);
            case AuthError.InvalidMfaToken e -> new Known("InvalidMfaAttemptCode", status, extra);
            case AuthError.InvalidInput e -> new Known(e.fields().keySet().equals(Set.of("password"))
                    ? "PasswordRequirementsNotMet" : "SchemaError", status, extra);
            // ours
            default -> new Known(error.getClass().getSimpleName(), status, extra);
        };
    }

    /** The MFA token under the name Stack gives it ({@code attempt_code}), besides the contract's. */
    private static Map<String, Object> withAttemptCode(Map<String, Object> extra, AuthError.MfaRequired required) {
        var details = new LinkedHashMap<>(extra);
        details.put("attempt_code", required.mfaToken());
        return details;
    }

    /** The framework's own failures (no route, a malformed body, ...), named after the contract's message. */
    private static String frameworkName(HttpStatus status, String detail) {
        if (status == HttpStatus.UNPROCESSABLE_ENTITY) {
            return "SchemaError";
        }
        var name = new StringBuilder();
        for (var word : detail.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return name.isEmpty() ? "HttpError" + status.getCode() : name.toString();
    }

    // ------------------------------------------------------------------------------------------------ the SDK

    private static Known sdk(Object cause, HttpStatus status, String detail, Map<String, Object> extra,
                             HttpRequest<?> request) {
        if (cause instanceof AuthError error) {
            return sdk(error, status, detail, extra, request);
        }
        if (cause == null && status == HttpStatus.UNPROCESSABLE_ENTITY) {
            return schemaError(detail, extra);
        }
        if (cause == null && status == HttpStatus.BAD_REQUEST) { // a body that could not be read
            return new Known("BODY_PARSING_ERROR", HttpStatus.BAD_REQUEST, Map.of("message", detail));
        }
        return Known.plain(status, extra);
    }

    private static Known sdk(AuthError error, HttpStatus status, String detail, Map<String, Object> extra,
                             HttpRequest<?> request) {
        return switch (error) {
            case AuthError.InvalidCredentials e -> new Known("EMAIL_PASSWORD_MISMATCH", HttpStatus.BAD_REQUEST);
            case AuthError.EmailTaken e -> new Known("USER_EMAIL_ALREADY_EXISTS", HttpStatus.CONFLICT,
                    emailTaken(request));
            // an access token's failures make the SDK refresh it and try again; the details it reads are optional
            case AuthError.InvalidToken e when e.expired() ->
                    new Known("ACCESS_TOKEN_EXPIRED", HttpStatus.UNAUTHORIZED, Map.of());
            case AuthError.InvalidToken e -> new Known("UNPARSABLE_ACCESS_TOKEN", HttpStatus.UNAUTHORIZED);
            case AuthError.AuthenticationRequired e -> ownUserAsked(request)
                    ? new Known("CANNOT_GET_OWN_USER_WITHOUT_USER", HttpStatus.BAD_REQUEST)
                    : new Known("USER_AUTHENTICATION_REQUIRED", HttpStatus.UNAUTHORIZED);
            // the SDK signs the session out on these
            case AuthError.InvalidRefreshToken e ->
                    new Known("REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED", HttpStatus.UNAUTHORIZED);
            case AuthError.CannotRevokeCurrentSession e ->
                    new Known("CANNOT_DELETE_CURRENT_SESSION", HttpStatus.BAD_REQUEST);
            case AuthError.CallbackNotAllowed e -> new Known("REDIRECT_URL_NOT_WHITELISTED", HttpStatus.BAD_REQUEST);
            case AuthError.WeakPassword e -> password(e.reasons(), detail);
            case AuthError.InvalidInput e when passwordRulesOnly(e) -> password(
                    e.fields().get("password").stream().map(reason -> ((Reason.Rule) reason).words()).toList(),
                    detail);
            case AuthError.InvalidInput e -> schemaError(detail, extra);
            // what the SDK knows of a field refused: Stack's own backend reports these as the body's schema error
            case AuthError.ConfirmationRequired e -> schemaError(detail, extra);
            case AuthError.ConflictsWithAccount e -> schemaError(detail, extra);
            case AuthError.IncorrectPassword e -> new Known("PASSWORD_CONFIRMATION_MISMATCH", HttpStatus.BAD_REQUEST);
            case AuthError.PasswordManagedByProvider e ->
                    new Known("USER_DOES_NOT_HAVE_PASSWORD", HttpStatus.BAD_REQUEST);
            case AuthError.MfaRequired e -> new Known("MULTI_FACTOR_AUTHENTICATION_REQUIRED", HttpStatus.BAD_REQUEST,
                    Map.of("attempt_code", e.mfaToken()));
            case AuthError.InvalidCode e -> new Known("INVALID_TOTP_CODE", HttpStatus.BAD_REQUEST);
            // a code that is wrong, spent, expired or dead after too many tries: one answer, as the contract gives
            case AuthError.InvalidMfaToken e -> codeNotFound();
            case AuthError.InvalidSignInCode e -> codeNotFound();
            case AuthError.InvalidResetToken e -> codeNotFound();
            case AuthError.InvalidVerificationToken e -> codeNotFound();
            // a passkey's registration fails as the SDK's result, whatever stopped it
            case AuthError.EmailNotVerified e when request.getPath().startsWith(PASSKEY_PATHS) ->
                    passkey(request, detail);
            case AuthError.EmailNotVerified e -> new Known("EMAIL_NOT_VERIFIED", HttpStatus.BAD_REQUEST);
            case AuthError.UserNotFound e -> new Known("USER_NOT_FOUND", HttpStatus.NOT_FOUND);
            case AuthError.InvalidPasskey e -> passkey(request, detail);
            case AuthError.PasskeyAlreadyRegistered e -> passkey(request, detail);
            case AuthError.PasskeyLimitReached e -> passkey(request, detail);
            case AuthError.InvalidAuthorizationCode e -> new Known("INVALID_AUTHORIZATION_CODE", HttpStatus.BAD_REQUEST);
            case AuthError.UnknownProject e -> new Known("CURRENT_PROJECT_NOT_FOUND", HttpStatus.BAD_REQUEST,
                    Map.of("project_id", e.projectId()));
            case AuthError.InvalidClientKey e -> new Known("INVALID_PUBLISHABLE_CLIENT_KEY", HttpStatus.UNAUTHORIZED,
                    Map.of("project_id", e.projectId()));
            case AuthError.UnknownProvider e ->
                    new Known("OAUTH_PROVIDER_NOT_FOUND_OR_NOT_ENABLED", HttpStatus.BAD_REQUEST);
            default -> Known.plain(status, extra);
        };
    }

    /** The SDK's passkey errors, which it rebuilds from {@code details.message}. */
    private static Known passkey(HttpRequest<?> request, String detail) {
        var registering = request.getPath().endsWith("/register")
                || request.getPath().endsWith("/initiate-passkey-registration");
        return new Known(registering ? "PASSKEY_REGISTRATION_FAILED" : "PASSKEY_AUTHENTICATION_FAILED",
                HttpStatus.BAD_REQUEST, Map.of("message", detail));
    }

    private static Known codeNotFound() {
        return new Known("VERIFICATION_CODE_NOT_FOUND", HttpStatus.NOT_FOUND);
    }

    /** SCHEMA_ERROR: the SDK rebuilds it from {@code details.message}; the contract's fields go along. */
    private static Known schemaError(String detail, Map<String, Object> extra) {
        var details = new LinkedHashMap<String, Object>(extra);
        details.put("message", detail);
        return new Known("SCHEMA_ERROR", HttpStatus.BAD_REQUEST, details);
    }

    /**
     * The SDK's password errors: too short or too long with the limit it reads, else the family's own code with the
     * policy's reasons (the SDK rebuilds it from {@code details.message}).
     */
    private static Known password(List<String> reasons, String detail) {
        for (var reason : reasons) {
            var min = PasswordPolicy.minLengthNamedBy(reason);
            if (min.isPresent()) {
                return new Known("PASSWORD_TOO_SHORT", HttpStatus.BAD_REQUEST, Map.of("min_length", min.getAsInt()));
            }
            if (PasswordPolicy.saysTooLong(reason)) {
                return new Known("PASSWORD_TOO_LONG", HttpStatus.BAD_REQUEST,
                        Map.of("maxLength", PasswordPolicy.MAX_LENGTH));
            }
        }
        return new Known("PASSWORD_REQUIREMENTS_NOT_MET", HttpStatus.BAD_REQUEST,
                Map.of("message", String.join("; ", reasons.isEmpty() ? List.of(detail) : reasons),
                        "reasons", reasons));
    }

    private static boolean passwordRulesOnly(AuthError.InvalidInput invalid) {
        return invalid.fields().keySet().equals(Set.of("password"))
                && invalid.fields().get("password").stream().allMatch(Reason.Rule.class::isInstance);
    }

    private static Map<String, Object> emailTaken(HttpRequest<?> request) {
        var details = new LinkedHashMap<String, Object>();
        request.getAttribute(SIGN_UP_EMAIL, String.class).ifPresent(email -> details.put("email", email));
        details.put("would_work_if_email_was_verified", false);
        return details;
    }

    /** {@code /users/me}, or a list of the caller's own ({@code user_id=me}): the SDK then expects no user. */
    private static boolean ownUserAsked(HttpRequest<?> request) {
        return request.getPath().equals("/api/v1/users/me")
                || "me".equals(request.getParameters().get("user_id"));
    }
}
