package dev.warden.application.selfservice.port.in;

import dev.warden.application.shared.port.in.Caller;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import dev.warden.domain.user.User;
import java.util.Objects;
import java.util.Optional;

/**
 * What a signed-in caller changes of their profile; an empty field is left as it is.
 *
 * @param displayName the name shown for the account, stripped; blank clears it (the username is shown again)
 * @param totp        enrol an authenticator secret, or remove the second factor
 * @param passkeys    whether the account signs in with passkeys: only the current state is accepted (a passkey is
 *                    registered or deleted through the passkey endpoints)
 * @param email       the account's address: only the current one is accepted (another is confirmed by a mailed
 *                    link first, through the email change)
 * @param clientMetadata what the user's own client keeps with the account: the text of a JSON object, as the
 *                    adapter wrote it (at most {@value #MAX_CLIENT_METADATA_LENGTH} characters); {@code {}} keeps
 *                    nothing
 */
public record UpdateProfileCommand(Caller caller, Optional<String> displayName, Optional<TotpChange> totp,
                                   Optional<Boolean> passkeys, Optional<String> email,
                                   Optional<String> clientMetadata, String clientAddress) {
    public static final String DISPLAY_NAME = "display_name";
    public static final String TOTP_SECRET = "totp_secret_base64";
    public static final String PASSKEYS = "passkey_auth_enabled";
    public static final String EMAIL = "primary_email";
    public static final String CLIENT_METADATA = "client_metadata";
    public static final int MAX_CLIENT_METADATA_LENGTH = 4096;
    /** The metadata of a client that keeps none. */
    public static final String NO_METADATA = "{}";

    public UpdateProfileCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(totp, "totp");
        Objects.requireNonNull(passkeys, "passkeys");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(clientMetadata, "clientMetadata");
        clientAddress = clientAddress == null ? "" : clientAddress;
    }

    /** Changes nothing: start here and add the fields the request has. */
    public static UpdateProfileCommand of(Caller caller, String clientAddress) {
        return new UpdateProfileCommand(caller, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), clientAddress);
    }

    /**
     * The display name as sent, stripped; null clears it, as a blank one does. Longer than a first name may be:
     * InvalidInput of {@value #DISPLAY_NAME} (Length).
     */
    public UpdateProfileCommand withDisplayName(String name) {
        var given = name == null ? "" : name.strip();
        if (given.codePointCount(0, given.length()) > User.MAX_NAME_LENGTH) {
            throw AuthError.InvalidInput.of(DISPLAY_NAME, new Reason.Length(0, User.MAX_NAME_LENGTH)).exception();
        }
        return new UpdateProfileCommand(caller, Optional.of(given), totp, passkeys, email, clientMetadata,
                clientAddress);
    }

    /**
     * The TOTP secret as sent: standard base64 of {@value dev.warden.application.secondfactor.port.in.TotpSecret#MIN_BYTES}
     * to {@value dev.warden.application.secondfactor.port.in.TotpSecret#MAX_BYTES} bytes (InvalidInput of
     * {@value #TOTP_SECRET} else), or null to remove the second factor.
     */
    public UpdateProfileCommand withTotpSecret(String base64OrNull) {
        return new UpdateProfileCommand(caller, displayName, Optional.of(TotpChange.of(TOTP_SECRET, base64OrNull)),
                passkeys, email, clientMetadata, clientAddress);
    }

    public UpdateProfileCommand withPasskeys(boolean enabled) {
        return new UpdateProfileCommand(caller, displayName, totp, Optional.of(enabled), email, clientMetadata,
                clientAddress);
    }

    public UpdateProfileCommand withEmail(String address) {
        return new UpdateProfileCommand(caller, displayName, totp, passkeys, Optional.of(address), clientMetadata,
                clientAddress);
    }

    /**
     * The client's metadata, the text of a JSON object (the adapter checked it is one); null keeps nothing, as
     * {@value #NO_METADATA} does. Longer than {@value #MAX_CLIENT_METADATA_LENGTH} characters: InvalidInput of
     * {@value #CLIENT_METADATA} (Length).
     */
    public UpdateProfileCommand withClientMetadata(String json) {
        var text = json == null ? NO_METADATA : json;
        if (text.length() > MAX_CLIENT_METADATA_LENGTH) {
            throw AuthError.InvalidInput.of(CLIENT_METADATA, new Reason.Length(0, MAX_CLIENT_METADATA_LENGTH))
                    .exception();
        }
        return new UpdateProfileCommand(caller, displayName, totp, passkeys, email, Optional.of(text), clientAddress);
    }

    @Override
    public String toString() {
        return "UpdateProfileCommand[" + caller.userId() + "]";
    }
}
