package dev.warden.application.selfservice.port.in;

import dev.warden.domain.user.User;
import java.util.Objects;
import java.util.Optional;

/**
 * The signed-in user's account with what their profile shows besides it: whether TOTP is enabled (a sign-in with
 * the password then asks a code), whether they have a passkey to sign in with, and what their own client keeps with
 * the account ({@code clientMetadata}: the text of a JSON object, empty when it keeps nothing).
 */
public record Profile(User user, boolean totpEnabled, boolean passkeys, Optional<String> clientMetadata) {
    public Profile {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(clientMetadata, "clientMetadata");
    }
}
