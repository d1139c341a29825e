package dev.warden.application.mail.port.in;

import dev.warden.domain.user.UserId;

/** Proving control of the account's email address. */
public interface EmailVerificationUseCase {

    /** Mails a verification link to a registered address; UserNotFound for an unknown one. */
    VerificationMail sendVerification(EmailCommand command);

    /** The same, for the authenticated caller's own address. */
    VerificationMail resendVerification(UserId userId);

    /**
     * Mails the signed-in caller's own address, which the command must name, a verification link to the command's
     * callback with the token as {@code code}: CallbackNotAllowed (checked first) for a callback whose origin is not
     * allowed or that holds a {@code code} of its own; UserNotFound when {@code email} is not the account's address;
     * AuthenticationRequired when the account is gone or deactivated; limited per address and client as
     * {@link #sendVerification}. An address already verified gets no mail (ALREADY_VERIFIED).
     */
    VerificationMail sendVerificationCode(SendVerificationCodeCommand command);

    /** Marks the address verified; InvalidVerificationToken for a used, expired or unknown token. */
    void verifyEmail(TokenCommand command);

    enum VerificationMail { SENT, ALREADY_VERIFIED }
}
