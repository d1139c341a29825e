package dev.warden.application.account.port.in;

/**
 * Signs up with an email address and a password, and signs in at once (the Stack-style surface of seed 002). The
 * account is made by registration itself, with the same rules and the same verification mail; its username is
 * derived from the address, as for accounts made by a mailed code or a provider. The verification mail links to the
 * command's callback with the token as {@code code} when it has one. Fails as registration does, and with
 * CallbackNotAllowed (before anything is created) for a callback whose origin is not allowed or that holds a
 * {@code code} of its own.
 */
public interface EmailSignUpUseCase {
    SignedUp signUp(EmailSignUpCommand command);
}
