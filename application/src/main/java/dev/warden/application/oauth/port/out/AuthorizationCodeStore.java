package dev.warden.application.oauth.port.out;

import java.time.Instant;
import java.util.Optional;

/** Authorization codes between the identity provider's callback and the client's exchange of them. */
public interface AuthorizationCodeStore {

    void save(IssuedCode code);

    /** Removes and returns the code with that hash, unless it expired: a code works once, even when two race. */
    Optional<IssuedCode> take(String codeHash, Instant now);
}
