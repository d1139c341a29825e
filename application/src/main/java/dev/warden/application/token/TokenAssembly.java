package dev.warden.application.token;

import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.shared.Offer;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.shared.port.out.Telemetry;
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

/**
 * Tokens: issuing access and refresh tokens, refreshing, logging out, checking a bearer token.
 *
 * @param issuer   what the other features issue tokens with
 * @param families  what the other features end a refresh-token family (and its access tokens) with
 * @param telemetry what every feature counts its events with (logins, tokens, sessions, …)
 */
public record TokenAssembly(TokenIssuer issuer, FamilyRevocation families, RefreshUseCase refresh,
                            LogoutUseCase logout, AuthenticateUseCase authenticate, Telemetry telemetry) {
    public static final List<Offer<TokenAssembly, ?>> OFFERS = List.of(
            Offer.of(RefreshUseCase.class, TokenAssembly::refresh),
            Offer.of(LogoutUseCase.class, TokenAssembly::logout),
            Offer.of(AuthenticateUseCase.class, TokenAssembly::authenticate));

    public static TokenAssembly of(TokenCodec codec, RefreshTokenStore refreshTokens, RevokedAccessTokens revoked,
                                   UserRepository users, Clock clock, IdGenerator ids, TokenLifetimes lifetimes,
                                   Telemetry telemetry) {
        var issuer = new TokenIssuer(codec, refreshTokens, ids, clock, lifetimes, telemetry);
        var families = new FamilyRevocation(refreshTokens, revoked, clock);
        return new TokenAssembly(issuer, families,
                new RefreshService(refreshTokens, users, issuer, families, clock, lifetimes, telemetry),
                new LogoutService(revoked, refreshTokens, families),
                new AuthenticateService(codec, revoked), telemetry);
    }
}
