package dev.warden.application.selfservice.port.out;

import dev.warden.domain.user.UserId;
import java.util.Optional;

/**
 * What a user's own client keeps with their account (Stack's {@code client_metadata}): one JSON object, as the text
 * the web adapter wrote, of up to 4096 characters (the profile update's limit). The store keeps the text as given.
 */
public interface ClientMetadataStore {

    /** The user's metadata, if they have any. */
    Optional<String> find(UserId userId);

    /** Stores the user's metadata, replacing what they had. */
    void save(UserId userId, String json);

    /** Forgets the user's metadata; nothing happens when there is none. */
    void delete(UserId userId);
}
