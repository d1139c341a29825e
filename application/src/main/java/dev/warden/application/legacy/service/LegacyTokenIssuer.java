package dev.warden.application.legacy.service;

import dev.warden.application.legacy.LegacyTokenSettings;
import dev.warden.application.legacy.port.out.LegacyTokenStore;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.domain.token.LegacyToken;
import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.User;

/** Issues legacy tokens: a fresh secret for the client, only its hash in the store. */
public final class LegacyTokenIssuer {
    private final LegacyTokenStore tokens;
    private final IdGenerator ids;
    private final Clock clock;
    private final LegacyTokenSettings settings;

    public LegacyTokenIssuer(LegacyTokenStore tokens, IdGenerator ids, Clock clock, LegacyTokenSettings settings) {
        this.tokens = tokens;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
    }

    /** A new token for the user; the returned secret exists nowhere else. */
    public String issue(User user) {
        var secret = ids.newHexSecret(LegacyToken.SECRET_BYTES);
        tokens.add(LegacyToken.issue(ids.newId(), TokenDigest.of(secret), user.id(), clock.now(), settings.lifetime()));
        return secret;
    }
}
