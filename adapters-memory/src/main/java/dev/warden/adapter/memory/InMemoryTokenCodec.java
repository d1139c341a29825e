package dev.warden.adapter.memory;

import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.token.port.out.TokenCodec;
import dev.warden.application.token.port.out.TokenProfile;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.token.AccessGrant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opaque reference tokens kept in process memory: the token is a random handle to its grant. No other
 * process can read them, so it suits tests and single-process use, not services that verify tokens themselves.
 */
public final class InMemoryTokenCodec implements TokenCodec {
    private static final String PREFIX = "mem.";

    private final Map<String, AccessGrant> grants = new ConcurrentHashMap<>();
    private final IdGenerator ids;
    private final Clock clock;

    public InMemoryTokenCodec(IdGenerator ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public String encode(AccessGrant grant, Optional<TokenProfile> profile) {
        var token = PREFIX + ids.newSecret();
        grants.put(token, grant);
        return token;
    }

    @Override
    public AccessGrant decode(String token) {
        var grant = grants.get(token);
        if (grant == null) {
            throw new AuthError.InvalidToken().exception();
        }
        if (grant.isExpiredAt(clock.now())) {
            throw new AuthError.InvalidToken(true).exception();
        }
        return grant;
    }
}
