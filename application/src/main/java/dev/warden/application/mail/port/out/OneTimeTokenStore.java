package dev.warden.application.mail.port.out;

import dev.warden.domain.token.OneTimeToken;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Mailed single-use tokens, by the hash of their secret. */
public interface OneTimeTokenStore {

    void add(OneTimeToken token);

    Optional<OneTimeToken> findByHash(String tokenHash);

    /** Uses the token if, and only if, it is still unused; false when another request used it first. */
    boolean consume(UUID id, Instant usedAt);

    /** Marks every unused token of the user for that purpose as used (they die): a newer one, a password change. */
    void invalidateAll(UserId userId, OneTimeToken.Purpose purpose, Instant at);

    /**
     * Housekeeping: deletes at most {@code batch} tokens (of every purpose, email changes included) that expired at or
     * before {@code now} or were used (a used token is refused as an unknown one is); returns how many went.
     */
    int purgeExpired(Instant now, int batch);
}
