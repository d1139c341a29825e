package dev.warden.application.session.port.out;

import dev.warden.domain.session.Session;
import dev.warden.domain.session.SessionLifetime;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Server-side sessions, found by the hash of their cookie secret. A session past its expiry is gone for
 * every method. Implementations throw {@link BackingServiceUnavailable} when their server cannot be reached.
 */
public interface SessionStore {

    void create(Session session);

    /**
     * The live session with this secret hash, after moving its last use to {@code now} and its expiry as
     * {@link Session#touchedAt} says (a full idle lifetime from now, but not past its maximum age from its creation);
     * empty, and the session deleted, when there is none, it expired, or it has reached its maximum age.
     */
    Optional<Session> findAndTouch(String secretHash, Instant now, SessionLifetime lifetime);

    /** Deletes the session with this secret hash; true when one existed. */
    boolean delete(String secretHash);

    /** Deletes the user's live session with this public id; false (and nothing deleted) when the user has none such. */
    boolean deleteById(UserId userId, UUID sessionId, Instant now);

    /** The user's live sessions, oldest first. */
    List<Session> listByUser(UserId userId, Instant now);

    /** Deletes every session of the user except {@code keep} (when given); returns how many live ones were deleted. */
    int deleteAllOfUser(UserId userId, Optional<UUID> keep, Instant now);
}
