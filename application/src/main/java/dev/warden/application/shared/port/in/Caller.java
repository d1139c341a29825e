package dev.warden.application.shared.port.in;

import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An authenticated caller and the credential of the current request, which session management calls "current";
 * with the account as the credential check read it in this same request, when it did (so it need not be read again).
 */
public record Caller(UserId userId, Credential credential, Optional<User> account) {

    public sealed interface Credential {}

    /** A session cookie; the session, as this request used it, has {@code timeLeft} to live (what a cookie may say). */
    public record SessionCredential(UUID sessionId, Duration timeLeft) implements Credential {}

    public record AccessTokenCredential(String tokenId) implements Credential {}

    /** A username and password sent with the request itself (HTTP Basic): nothing to revoke. */
    public record PasswordCredential() implements Credential {}

    public record LegacyTokenCredential(UUID tokenId) implements Credential {}

    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(account, "account");
    }

    /** A caller whose account was not read while checking the credential. */
    public Caller(UserId userId, Credential credential) {
        this(userId, credential, Optional.empty());
    }
}
