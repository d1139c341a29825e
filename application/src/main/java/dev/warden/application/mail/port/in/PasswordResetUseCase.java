package dev.warden.application.mail.port.in;

/** Forgotten passwords: a mailed link, then a new password. */
public interface PasswordResetUseCase {

    /** Mails a reset link when a password account has that address; does and says nothing else either way. */
    void forgotPassword(EmailCommand command);

    /**
     * The same, the link opening the command's callback with the reset token as {@code code} when it has one.
     * CallbackNotAllowed for a callback whose origin is not allowed or that holds a {@code code} of its own, checked
     * first; then as above (the answer never says whether an account has the address).
     */
    void forgotPassword(ForgotPasswordCommand command);

    /**
     * Returns when the reset token would reset a password now, without using it: InvalidResetToken for a used,
     * expired, superseded or unknown one, PasswordManagedByProvider when its account signs in through a provider.
     */
    void checkResetToken(TokenCommand command);

    /**
     * Sets a new password with a reset token, then ends every refresh token, session, reset token and pending email
     * change of the user. InvalidResetToken, PasswordManagedByProvider or WeakPassword otherwise, and nothing changes.
     */
    void resetPassword(ResetPasswordCommand command);
}
