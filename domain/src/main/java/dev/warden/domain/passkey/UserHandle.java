package dev.warden.domain.passkey;

import dev.warden.domain.user.UserId;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * The WebAuthn user handle of an account: the 16 bytes of its id. Opaque to the authenticator and free of personal
 * data, as the specification asks; a discoverable credential hands it back at sign-in.
 */
public final class UserHandle {
    private static final int LENGTH = 16;

    private UserHandle() {}

    public static byte[] of(UserId userId) {
        var uuid = userId.value();
        return ByteBuffer.allocate(LENGTH).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
    }

    /** The account a handle names; empty for a handle that is not one of ours. */
    public static Optional<UserId> parse(byte[] handle) {
        if (handle == null || handle.length != LENGTH) {
            return Optional.empty();
        }
        var buffer = ByteBuffer.wrap(handle);
        return Optional.of(new UserId(new UUID(buffer.getLong(), buffer.getLong())));
    }

    public static boolean matches(byte[] handle, UserId userId) {
        return Arrays.equals(handle, of(userId));
    }
}
