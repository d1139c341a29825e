package dev.warden.application.mail.port.in;

import dev.warden.domain.user.UserId;

/** Proving control of the account's email address. */
public interface EmailVerificationUseCase {

    /** Mails a verification link to a registered address; UserNotFound for an unknown one. */
    VerificationMail sendVerification(EmailCommand command);

    /** The same, for the authenticated caller's own address. */
    VerificationMail resendVerification(UserId userId);

    /** Marks the address verified; InvalidVerificationToken for a used, expired or unknown token. */
    void verifyEmail(TokenCommand command);

    enum VerificationMail { SENT, ALREADY_VERIFIED }
}
