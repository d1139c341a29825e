package dev.warden.application.selfservice.port.in;

/** A signed-in user changes their password. */
public interface ChangePasswordUseCase {

    /**
     * Sets the new password after the caller proved to be the account's owner (the current password, and the second
     * factor when it has one; the second factor alone when it has no password), then ends every other session, token
     * family and legacy token of the account (the caller's own stays) and every reset link, and mails the owner.
     * Fails with WeakPassword, IncorrectPassword (counted as a failed login), InvalidCode, TooManyFailedLogins,
     * ReauthenticationUnavailable or InvalidInput (a missing field), and nothing changes.
     */
    void changePassword(ChangePasswordCommand command);
}
