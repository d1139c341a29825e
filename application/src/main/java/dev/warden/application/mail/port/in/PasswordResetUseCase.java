package dev.warden.application.mail.port.in;

/** Forgotten passwords: a mailed link, then a new password. */
public interface PasswordResetUseCase {

    /** Mails a reset link when a password account has that address; does and says nothing else either way. */
    void forgotPassword(EmailCommand command);

    /**
     * Sets a new password with a reset token, then ends every refresh token, session, reset token and pending email
     * change of the user. InvalidResetToken, PasswordManagedByProvider or WeakPassword otherwise, and nothing changes.
     */
    void resetPassword(ResetPasswordCommand command);
}
