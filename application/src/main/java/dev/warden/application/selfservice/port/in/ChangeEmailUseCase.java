package dev.warden.application.selfservice.port.in;

/** A signed-in user moves their account to a new address, which they prove to control by a mailed link. */
public interface ChangeEmailUseCase {

    /**
     * After the caller proved to be the account's owner (as for a password change), mails a confirmation link to the
     * new address and a notice to the current one; nothing changes until the link is followed. The same whether or
     * not another account has the new address. Fails with EmailNotVerified (the current address was never
     * verified), InvalidInput (a malformed, undeliverable or unchanged address, a missing field), IncorrectPassword,
     * InvalidCode, TooManyFailedLogins, ReauthenticationUnavailable or TooManyRequests (the mail limits), and nothing
     * is sent.
     */
    void requestEmailChange(ChangeEmailCommand command);

    /**
     * Moves the account to the address the link was mailed to, now verified, and tells the old address. Fails with
     * InvalidEmailChangeToken (unknown, used, expired, superseded, or the account's address changed since the
     * request) or EmailTaken (another account has the address now), and nothing changes.
     */
    void confirmEmailChange(EmailChangeTokenCommand command);
}
