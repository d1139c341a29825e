package dev.warden.application.shared.port.out;

import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What the service counts for its operators: logins by way in and outcome, lockouts, refused requests, tokens,
 * sessions, mails, identity-provider errors and housekeeping. The use cases (and the adapters that see an event
 * first, such as a mailer or a request filter) tell it what happened; an adapter turns that into metrics. Every
 * method must be cheap, must not block and must never throw: counting is never a reason for a request to fail.
 */
public interface Telemetry {

    /** The way in a login came by. */
    enum LoginMethod {
        /** {@code /login}, the token form {@code /token}, the {@code /api/v1} password sign-in */
        PASSWORD,
        /** {@code /session/login} (a cookie) */
        SESSION,
        /** HTTP Basic on a protected endpoint */
        BASIC,
        /** the legacy {@code /auth/login} */
        LEGACY,
        /** a mailed sign-in code */
        OTP,
        PASSKEY,
        /** GitHub or Google, or the {@code /api/v1} authorization-code exchange */
        OAUTH,
        /** the second step of a login stopped for its second factor */
        MFA;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How a login ended. */
    enum LoginOutcome {
        SUCCESS, FAILURE, MFA_REQUIRED, LOCKED, DISABLED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The outcome of a login refused with {@code error}. */
        public static LoginOutcome of(AuthError error) {
            return switch (error) {
                case AuthError.MfaRequired ignored -> MFA_REQUIRED;
                case AuthError.TooManyFailedLogins ignored -> LOCKED;
                case AuthError.AccountDisabled ignored -> DISABLED;
                default -> FAILURE;
            };
        }
    }

    void login(LoginMethod method, LoginOutcome outcome);

    /**
     * Runs {@code attempt} (a login by {@code method}) and counts its outcome: success when it returns, the
     * {@link LoginOutcome#of outcome} of its error when it throws one. Anything else (a store away) is not a login
     * outcome and is not counted.
     */
    default <T> T login(LoginMethod method, Supplier<T> attempt) {
        T result;
        try {
            result = attempt.get();
        } catch (AuthException e) {
            login(method, LoginOutcome.of(e.error()));
            throw e;
        }
        login(method, LoginOutcome.SUCCESS);
        return result;
    }

    /** An account (or an unknown identifier, or an account's second factor) was locked after too many failures. */
    void lockout();

    /** A request was refused by the per-address request limit {@code rule} ({@code login}, {@code register}, …). */
    void rateLimited(String rule);

    /** A new token family began: an access token and a refresh token were issued for a login. */
    void tokensIssued();

    /** A refresh token was exchanged for a new access token (and, on {@code /refresh}, a new refresh token). */
    void tokensRefreshed();

    /** A spent refresh token was presented again: its family was revoked. */
    void refreshReuseDetected();

    void sessionCreated();

    /**
     * {@code count} sessions (cookies) ended by their owner's logout or by a revocation: a sign-out elsewhere, a
     * password change or reset, a deactivation (not by expiry, which no one sees happen).
     */
    void sessionsEnded(long count);

    /** A mail left (or, without SMTP, was written to the log). */
    void mailSent();

    /** A mail could not be sent, after its retries. */
    void mailFailed();

    /** An identity provider ({@code github}, {@code google}) failed or answered what could not be used. */
    void providerError(String provider);

    /** A request failed because {@code service} could not be reached (it was answered 503). */
    void unavailable(BackingServiceUnavailable.Service service);

    /** Housekeeping removed {@code rows} expired records of kind {@code what} (e.g. {@code refresh_tokens}). */
    void removed(String what, long rows);

    /** Counts nothing: for tests, and where no metrics are wanted. */
    Telemetry NONE = new Nothing();

    /**
     * Counts nothing; a test that counts one kind of event extends it and overrides only that (no empty method of
     * every other kind beside it).
     */
    class Nothing implements Telemetry {
        @Override
        public void login(LoginMethod method, LoginOutcome outcome) { }

        @Override
        public void lockout() { }

        @Override
        public void rateLimited(String rule) { }

        @Override
        public void tokensIssued() { }

        @Override
        public void tokensRefreshed() { }

        @Override
        public void refreshReuseDetected() { }

        @Override
        public void sessionCreated() { }

        @Override
        public void sessionsEnded(long count) { }

        @Override
        public void mailSent() { }

        @Override
        public void mailFailed() { }

        @Override
        public void providerError(String provider) { }

        @Override
        public void unavailable(BackingServiceUnavailable.Service service) { }

        @Override
        public void removed(String what, long rows) { }
    }
}
