package dev.warden.application.mail.port.in;

/** Passwordless sign-in by a code mailed to the address (seed 002): a code and a link, then the code back. */
public interface OtpSignInUseCase {

    /**
     * Mails a six-digit code and a link to {@code callbackUrl} carrying it; answers the nonce that completes the
     * code. The same whether or not an account has the address.
     */
    String sendSignInCode(SendSignInCodeCommand command);

    /** Signs in (or up, for an address without an account) with the digits followed by the nonce. */
    OtpSignIn signIn(OtpSignInCommand command);
}
