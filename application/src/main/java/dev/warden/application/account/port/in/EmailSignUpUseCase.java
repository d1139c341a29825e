package dev.warden.application.account.port.in;

/**
 * Signs up with an email address and a password, and signs in at once (the Stack-style surface of seed 002). The
 * account is made by registration itself, with the same rules and the same verification mail; its username is
 * derived from the address, as for accounts made by a mailed code or a provider. Fails as registration does.
 */
public interface EmailSignUpUseCase {
    SignedUp signUp(EmailSignUpCommand command);
}
