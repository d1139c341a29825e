package dev.warden.domain.error;

/** Carries an {@link AuthError} out of a use case. No stack trace: it is an expected outcome, not a bug. */
public final class AuthException extends RuntimeException {
    private final transient AuthError error;

    public AuthException(AuthError error) {
        super(error.getClass().getSimpleName(), null, false, false);
        this.error = error;
    }

    public AuthError error() {
        return error;
    }
}
