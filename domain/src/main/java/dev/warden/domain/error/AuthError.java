package dev.warden.domain.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every expected failure of the service, as a value. The web adapter maps each case to a status and
 * a message, one catalogue per dialect; nothing else in the domain or the use cases knows about HTTP, and only the
 * domain's own rules come with words (a guard's refusal, a value type's {@link Reason.Rule}, the password policy's
 * reasons).
 */
public sealed interface AuthError {

    /** Unknown user or wrong password: the same answer for both. */
    record InvalidCredentials() implements AuthError {}

    /** Right password, but the account has been deactivated. */
    record AccountDisabled() implements AuthError {}

    record UsernameTaken() implements AuthError {}

    record EmailTaken() implements AuthError {}

    /**
     * Input that is missing or malformed, by field name (in the order reported); each field lists its reasons, as
     * data ({@link Reason}).
     */
    record InvalidInput(Map<String, List<Reason>> fields) implements AuthError {
        public InvalidInput {
            var copy = new LinkedHashMap<String, List<Reason>>();
            fields.forEach((field, reasons) -> copy.put(field, List.copyOf(reasons)));
            fields = java.util.Collections.unmodifiableMap(copy);
        }

        public static InvalidInput of(String field, Reason reason) {
            return new InvalidInput(Map.of(field, List.of(reason)));
        }

        /** A rule of the domain's value types, broken, in their own words ({@link Reason.Rule}). */
        public static InvalidInput of(String field, String rule) {
            return of(field, new Reason.Rule(rule));
        }
    }

    /**
     * A new password refused by the password policy (outside registration, where it is an input error); the
     * reasons are the policy's own words.
     */
    record WeakPassword(List<String> reasons) implements AuthError {
        public WeakPassword {
            reasons = List.copyOf(reasons);
        }
    }

    /** A refresh token that is unknown, expired, revoked or already spent. */
    record InvalidRefreshToken() implements AuthError {}

    /**
     * An access token that is malformed, tampered, expired, revoked or of the wrong type. {@code expired} when the
     * token is sound (ours, well formed, not revoked on decoding) and only its time is over: the contract answers
     * both alike, the Stack-style surface tells the client to refresh.
     */
    record InvalidToken(boolean expired) implements AuthError {
        public InvalidToken() {
            this(false);
        }
    }

    /** No usable credentials at all. */
    record AuthenticationRequired() implements AuthError {}

    /** A guard refused an authenticated caller; the message is the guard's own. */
    record Forbidden(String message) implements AuthError {}

    record UserNotFound() implements AuthError {}

    /** No session or token family with that id belongs to the caller (whether or not it exists). */
    record SessionNotFound() implements AuthError {}

    /** The caller asked to end, as "another" session, the very one of the request (the Stack-style surface). */
    record CannotRevokeCurrentSession() implements AuthError {}

    record InvalidVerificationToken() implements AuthError {}

    record InvalidResetToken() implements AuthError {}

    /** The account signs in through an identity provider and has no password to reset. */
    record PasswordManagedByProvider(String provider) implements AuthError {}

    /** A superuser tried to take away their own superuser flag (nobody lowers their own rank). */
    record CannotDemoteSelf() implements AuthError {}

    /** An administrator tried to delete their own account. */
    record CannotDeleteSelf() implements AuthError {}

    /** Staff or an administrator tried to deactivate their own account. */
    record CannotDeactivateSelf() implements AuthError {}

    /** The account is of the caller's rank or above: staff change ordinary users only, superusers anyone. */
    record InsufficientRank() implements AuthError {}

    /** The change would leave no active superuser, and so nobody to administer the service. */
    record LastActiveSuperuser() implements AuthError {}

    /** The OAuth state is unknown, expired, already used, for another provider, or from another browser. */
    record InvalidOAuthState() implements AuthError {}

    /**
     * An authorization code that is unknown, expired or spent, or presented with another redirect URI or a PKCE
     * verifier that does not answer its challenge.
     */
    record InvalidAuthorizationCode() implements AuthError {}

    /** A Stack client names another project than the one the service stands for. */
    record UnknownProject(String projectId) implements AuthError {}

    /** A Stack client's publishable client key is missing or not one of the project's. */
    record InvalidClientKey(String projectId) implements AuthError {}

    /** The email belongs to an account that signs in with another identity provider. */
    record EmailRegisteredWithProvider(String provider) implements AuthError {}

    /** The email belongs to an account linked to another identity at the same provider. */
    record OAuthProviderMismatch() implements AuthError {}

    /** No such identity provider, or it is not configured. */
    record UnknownProvider() implements AuthError {}

    /** The identity provider failed, timed out or answered something unreadable. */
    record ProviderError() implements AuthError {}

    /** The identity provider gave no email address, and an account needs one. */
    record ProviderEmailMissing() implements AuthError {}

    /** Too many attempts from this client or for this address; try again after {@code retryAfter}. */
    record TooManyRequests(java.time.Duration retryAfter) implements AuthError {}

    /** Credentials that travel in every request (HTTP Basic) were sent over plain HTTP where HTTPS is required. */
    record InsecureTransport() implements AuthError {}

    /**
     * A request that would change state with the session cookie, sent by a page of an origin that is neither the
     * service's nor an allowed one (cross-site request forgery): the cookie does not authenticate it.
     */
    record CrossSiteRequest() implements AuthError {}

    /** Too many failed logins for this account or from this client; try again after {@code retryAfter}. */
    record TooManyFailedLogins(java.time.Duration retryAfter) implements AuthError {}

    /** A mailed sign-in code that is wrong, used, expired, or dead after too many wrong tries. */
    record InvalidSignInCode() implements AuthError {}

    /** A callback URL whose origin is neither the service's nor an allowed one (no open redirect in our mails). */
    record CallbackNotAllowed() implements AuthError {}

    /**
     * The first factor was right, but the account has a second one: no credentials until {@code mfaToken} and a
     * code of one of {@code methods} are sent to the verify endpoint.
     */
    record MfaRequired(String mfaToken, java.util.List<String> methods) implements AuthError {
        public MfaRequired {
            methods = java.util.List.copyOf(methods);
        }

        @Override
        public String toString() {
            return "MfaRequired" + methods; // the token is a credential: never in a log line
        }
    }

    /** A TOTP or recovery code that is wrong, or was already used. */
    record InvalidCode() implements AuthError {}

    /** An mfa_token that is unknown, expired, used, or dead after too many wrong codes. */
    record InvalidMfaToken() implements AuthError {}

    /** A second factor needs a verified address (else whoever registered someone else's address could set one). */
    record EmailNotVerified() implements AuthError {}

    /** TOTP is already enabled: disable it before setting up another authenticator. */
    record MfaAlreadyEnabled() implements AuthError {}

    /** Enabling or disabling TOTP when there is no authenticator set up, or none enabled. */
    record MfaNotEnabled() implements AuthError {}

    /**
     * A passkey registration or sign-in that did not verify: a bad signature, origin or relying party, an unknown,
     * used or expired challenge, an unknown credential, another user's, or a counter that went back. One answer.
     */
    record InvalidPasskey() implements AuthError {}

    /** The caller has no passkey with that id (whether or not it exists). */
    record PasskeyNotFound() implements AuthError {}

    /** The credential is already registered (to this account or another). */
    record PasskeyAlreadyRegistered() implements AuthError {}

    /** The account holds as many passkeys as one may: delete one first. */
    record PasskeyLimitReached() implements AuthError {}

    /**
     * A signed-in caller confirming a change of their account (password, email, deletion) sent a wrong current
     * password; it counts as a failed login.
     */
    record IncorrectPassword() implements AuthError {}

    /**
     * A well-formed request for a change that a stolen session must not make, without the proof this account needs
     * (its password, a code of its second factor): the fields missing, with their reasons. Not a malformed request:
     * another account could send the same body.
     */
    record ConfirmationRequired(Map<String, List<Reason>> fields) implements AuthError {
        public ConfirmationRequired {
            fields = new InvalidInput(fields).fields();
        }
    }

    /**
     * A well-formed value that the account's current state refuses (a value that only its current one may have here,
     * the address it already has): the fields, with their reasons.
     */
    record ConflictsWithAccount(Map<String, List<Reason>> fields) implements AuthError {
        public ConflictsWithAccount {
            fields = new InvalidInput(fields).fields();
        }

        public static ConflictsWithAccount of(String field, Reason reason) {
            return new ConflictsWithAccount(Map.of(field, List.of(reason)));
        }
    }

    /**
     * The account has neither a password nor a second factor with which its signed-in owner could confirm a change
     * that a stolen session must not make (an account that signs in only by mailed code or identity provider).
     */
    record ReauthenticationUnavailable() implements AuthError {}

    /** An email change token that is unknown, used, expired, superseded, or for an account whose address moved since. */
    record InvalidEmailChangeToken() implements AuthError {}

    default AuthException exception() {
        return new AuthException(this);
    }
}
