package dev.warden.adapter.web.stack;

import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import dev.warden.domain.error.AuthError;
import io.micronaut.http.HttpStatus;
import java.util.Locale;

/**
 * The name and status of every failure on the Stack-style surface; the message is the contract's (ErrorCatalogue).
 * Names are the seed's where it has one (and Stack's for the same failure where we know it), otherwise the
 * failure's own name; the status is the contract's, except where a name of the seed comes with its own.
 */
final class StackErrors {
    /** The header that repeats the name, as Stack's clients read it. */
    static final String KNOWN_ERROR = "x-stack-known-error";

    record Known(String name, HttpStatus status) {}

    private StackErrors() {}

    /** What the contract answers with {@code status} because of {@code cause} (an AuthError, a Service or null). */
    static Known of(Object cause, HttpStatus status, String detail) {
        return switch (cause) {
            case AuthError error -> of(error, status);
            case BackingServiceUnavailable.Service service -> new Known(switch (service) {
                case DATABASE -> "DatabaseUnavailable";
                case SESSION_STORE -> "SessionStoreUnavailable";
            }, status);
            case null, default -> new Known(frameworkName(status, detail), status);
        };
    }

    private static Known of(AuthError error, HttpStatus status) {
        return switch (error) {
            // the seed's names, with their statuses
            case AuthError.InvalidCredentials e -> new Known("EmailPasswordMismatch", HttpStatus.BAD_REQUEST);
            case AuthError.EmailTaken e -> new Known("UserWithEmailAlreadyExists", status);
            case AuthError.InvalidToken e when e.expired() -> new Known("AccessTokenExpired", HttpStatus.UNAUTHORIZED);
            case AuthError.CannotRevokeCurrentSession e -> new Known("CannotDeleteCurrentSession", status);
            // Stack's names for the same failures
            case AuthError.InvalidToken e -> new Known("InvalidAccessToken", status);
            case AuthError.AuthenticationRequired e -> new Known("UserAuthenticationRequired", status);
            case AuthError.InvalidRefreshToken e -> new Known("RefreshTokenNotFoundOrExpired", status);
            case AuthError.CallbackNotAllowed e -> new Known("RedirectUrlNotWhitelisted", status);
            case AuthError.WeakPassword e -> new Known("PasswordRequirementsNotMet", status);
            case AuthError.MfaRequired e -> new Known("MultiFactorAuthenticationRequired", status);
            case AuthError.InvalidCode e -> new Known("InvalidTotpCode", status);
            case AuthError.InvalidMfaToken e -> new Known("InvalidMfaAttemptCode", status);
            case AuthError.InvalidInput e -> new Known(e.fields().keySet().equals(java.util.Set.of("password"))
                    ? "PasswordRequirementsNotMet" : "SchemaError", status);
            // ours
            default -> new Known(error.getClass().getSimpleName(), status);
        };
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
}
