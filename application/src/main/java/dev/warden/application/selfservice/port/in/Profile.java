package dev.warden.application.selfservice.port.in;

import dev.warden.domain.user.User;
import java.util.Objects;

/**
 * The signed-in user's account with what their profile shows besides it: whether TOTP is enabled (a sign-in with
 * the password then asks a code) and whether they have a passkey to sign in with.
 */
public record Profile(User user, boolean totpEnabled, boolean passkeys) {
    public Profile {
        Objects.requireNonNull(user, "user");
    }
}
