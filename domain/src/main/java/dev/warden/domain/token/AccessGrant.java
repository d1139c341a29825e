package dev.warden.domain.token;

import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import java.time.Instant;
import java.util.Objects;

/**
 * What an access token grants: who, under which token id, for how long, and, for services that apply the
 * guards themselves, the roles ({@code staff}, {@code admin}) and membership level the account had at issue.
 */
public record AccessGrant(String tokenId, UserId userId, Instant issuedAt, Instant expiresAt, List<String> roles,
                          Optional<String> membership) {

    public AccessGrant(String tokenId, UserId userId, Instant issuedAt, Instant expiresAt) {
        this(tokenId, userId, issuedAt, expiresAt, List.of(), Optional.empty());
    }

    /** A grant for {@code user} as the account is now. */
    public static AccessGrant of(String tokenId, User user, Instant issuedAt, Instant expiresAt) {
        var roles = new java.util.ArrayList<String>();
        if (user.staff() || user.superuser()) {
            roles.add("staff");
        }
        if (user.superuser()) {
            roles.add("admin");
        }
        return new AccessGrant(tokenId, user.id(), issuedAt, expiresAt, roles, user.membership().map(Enum::name));
    }

    public AccessGrant {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        roles = roles == null ? List.of() : List.copyOf(roles);
        membership = membership == null ? Optional.empty() : membership;
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("an access grant must expire after it is issued");
        }
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
