package dev.warden.application.token;

import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.shared.Offer;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.token.port.in.AuthenticateUseCase;
import dev.warden.application.token.port.in.LogoutUseCase;
import dev.warden.application.token.port.in.RefreshUseCase;
import dev.warden.application.token.port.out.RefreshTokenStore;
import dev.warden.application.token.port.out.RevokedAccessTokens;
import dev.warden.application.token.port.out.TokenCodec;
import dev.warden.application.token.service.AuthenticateService;
import dev.warden.application.token.service.FamilyRevocation;
import dev.warden.application.token.service.LogoutService;
import dev.warden.application.token.service.RefreshService;
import dev.warden.application.token.service.TokenIssuer;
import java.util.List;

/** Tokens: issuing access and refresh tokens, refreshing, logging out, checking a bearer token. */
public final class TokenAssembly {
    public static final List<Offer<TokenAssembly, ?>> OFFERS = List.of(
            Offer.of(RefreshUseCase.class, TokenAssembly::refresh),
            Offer.of(LogoutUseCase.class, TokenAssembly::logout),
            Offer.of(AuthenticateUseCase.class, TokenAssembly::authenticate));

    private final TokenIssuer issuer;
    private final FamilyRevocation families;
    private final RefreshUseCase refresh;
    private final LogoutUseCase logout;
    private final AuthenticateUseCase authenticate;

    public TokenAssembly(TokenCodec codec, RefreshTokenStore refreshTokens, RevokedAccessTokens revoked,
                         UserRepository users, Clock clock, IdGenerator ids, TokenLifetimes lifetimes) {
        issuer = new TokenIssuer(codec, refreshTokens, ids, clock, lifetimes);
        families = new FamilyRevocation(refreshTokens, revoked, clock);
        refresh = new RefreshService(refreshTokens, users, issuer, families, clock, lifetimes);
        logout = new LogoutService(revoked, refreshTokens, families);
        authenticate = new AuthenticateService(codec, revoked);
    }

    /** What the other features issue tokens with. */
    public TokenIssuer issuer() {
        return issuer;
    }

    /** What the other features end a refresh-token family (and its access tokens) with. */
    public FamilyRevocation families() {
        return families;
    }

    public RefreshUseCase refresh() {
        return refresh;
    }

    public LogoutUseCase logout() {
        return logout;
    }

    public AuthenticateUseCase authenticate() {
        return authenticate;
    }
}
