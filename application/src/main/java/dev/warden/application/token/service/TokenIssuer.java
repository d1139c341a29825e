package dev.warden.application.token.service;

import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.shared.port.out.Telemetry;
import dev.warden.application.token.TokenLifetimes;
import dev.warden.application.token.port.in.AccessToken;
import dev.warden.application.token.port.in.TokenPair;
import dev.warden.application.token.port.out.RefreshTokenStore;
import dev.warden.application.token.port.out.TokenCodec;
import dev.warden.application.token.port.out.TokenProfile;
import dev.warden.domain.session.ClientInfo;
import dev.warden.domain.token.AccessGrant;
import dev.warden.domain.token.RefreshToken;
import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.User;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues access and refresh tokens together, so that every refresh token knows its access token. Every access token
 * carries the {@link TokenProfile} of its session and account, for the codec to tell its holder.
 */
public final class TokenIssuer {
    private final TokenCodec codec;
    private final RefreshTokenStore refreshTokens;
    private final IdGenerator ids;
    private final Clock clock;
    private final TokenLifetimes lifetimes;
    private final Telemetry telemetry;

    public TokenIssuer(TokenCodec codec, RefreshTokenStore refreshTokens, IdGenerator ids, Clock clock,
                       TokenLifetimes lifetimes, Telemetry telemetry) {
        this.codec = codec;
        this.refreshTokens = refreshTokens;
        this.ids = ids;
        this.clock = clock;
        this.lifetimes = lifetimes;
        this.telemetry = telemetry;
    }

    /** The first pair of a new token family (a login from {@code client}). */
    public TokenPair startFamily(User user, ClientInfo client) {
        var family = ids.newId();
        var access = grantFor(user);
        var secret = ids.newSecret();
        refreshTokens.add(RefreshToken.startFamily(family, TokenDigest.of(secret), access,
                lifetimes.refreshToken(), client));
        telemetry.tokensIssued();
        return pair(access, profile(family, user), secret);
    }

    /**
     * The next pair of the family that {@code spent} belongs to, with the account as it is now; the new refresh
     * token dies with its family, at the family's maximum age.
     */
    public TokenPair continueFamily(RefreshToken spent, User user) {
        var access = grantFor(user);
        var secret = ids.newSecret();
        refreshTokens.add(spent.successor(ids.newId(), TokenDigest.of(secret), access, lifetimes.refreshToken(),
                lifetimes.refreshMaxAge()));
        return pair(access, profile(spent.familyId(), user), secret);
    }

    /**
     * A new access token for the family of {@code live}, which stays as it is (not spent): the family records the
     * access token, so that revoking the family revokes it too.
     */
    public AccessToken accessFor(RefreshToken live, User user) {
        var access = grantFor(user);
        refreshTokens.add(live.accessOnly(ids.newId(), TokenDigest.of(ids.newSecret()), access));
        return new AccessToken(codec.encode(access, profile(live.familyId(), user)), lifetimes.accessToken());
    }

    private AccessGrant grantFor(User user) {
        var now = clock.now();
        return AccessGrant.of(ids.newId().toString(), user, now, now.plus(lifetimes.accessToken()));
    }

    private static Optional<TokenProfile> profile(UUID family, User user) {
        return Optional.of(TokenProfile.of(family.toString(), user));
    }

    private TokenPair pair(AccessGrant access, Optional<TokenProfile> profile, String refreshSecret) {
        return new TokenPair(codec.encode(access, profile), refreshSecret, lifetimes.accessToken());
    }
}
