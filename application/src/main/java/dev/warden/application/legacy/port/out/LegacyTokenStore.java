package dev.warden.application.legacy.port.out;

import dev.warden.domain.token.LegacyToken;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tokens of the legacy API, by the hash of their secret. A token past its expiry is never found again. */
public interface LegacyTokenStore {

    /** Stores the token; the user's expired tokens may be forgotten at the same time (they are gone anyway). */
    void add(LegacyToken token);

    /** The token with this hash, when there is one and it is live at {@code now}. */
    Optional<LegacyToken> findLive(String tokenHash, Instant now);

    /** The user's tokens that are live at {@code now}, oldest first. */
    List<LegacyToken> liveByUser(UserId userId, Instant now);

    /** Deletes the user's token with this id; true when one existed (another user's token is not touched). */
    boolean deleteById(UserId userId, UUID id);

    /** Deletes the token with this hash; true when one existed. */
    boolean delete(String tokenHash);

    /**
     * Deletes every token of the user except {@code keep} (when given), expired ones included; returns how many
     * of those deleted were live at {@code now}.
     */
    int deleteAllOfUser(UserId userId, Optional<UUID> keep, Instant now);

    /** Housekeeping: deletes at most {@code batch} tokens that expired at or before {@code now}; returns how many went. */
    int purgeExpired(Instant now, int batch);
}
