package dev.warden.application.legacy.port.in;

/**
 * Creates a password account from the legacy signup form, as registration does (same rules, same uniqueness,
 * the same verification mail), and issues a legacy token for it. Every field is checked on its own, so that
 * the answer lists every problem at once; those are {@code Rejected}, not failures.
 */
public interface LegacySignupUseCase {
    LegacyFormResult signup(LegacySignupCommand command);
}
