package dev.warden.application.selfservice.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * What a signed-in caller sends to prove, once more, to be the account's owner before a change that a stolen session
 * must not make: the account's password (sent in the field {@code passwordField}), and a code of its second factor
 * (TOTP or recovery code, in {@code code}). Which of them the account needs is the service's rule.
 */
public record Reauthentication(Optional<String> password, String passwordField, Optional<String> code) {
    public static final String CURRENT_PASSWORD = "current_password";
    public static final String PASSWORD = "password";

    public Reauthentication {
        Objects.requireNonNull(passwordField, "passwordField");
        password = password.filter(entered -> !entered.isEmpty());
        code = code.map(String::strip).filter(entered -> !entered.isEmpty());
    }

    /** A password and a code as a request carries them: either may be missing (null) or blank. */
    public static Reauthentication of(String password, String passwordField, String code) {
        return new Reauthentication(Optional.ofNullable(password), passwordField, Optional.ofNullable(code));
    }

    @Override
    public String toString() {
        return "Reauthentication[***]";
    }
}
