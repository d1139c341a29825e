package dev.warden.application.legacy;

import dev.warden.application.account.AccountAssembly;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.legacy.port.in.AuthenticateLegacyTokenUseCase;
import dev.warden.application.legacy.port.in.LegacyLoginUseCase;
import dev.warden.application.legacy.port.in.LegacyLogoutUseCase;
import dev.warden.application.legacy.port.in.LegacySignupUseCase;
import dev.warden.application.legacy.port.out.LegacyTokenStore;
import dev.warden.application.legacy.service.LegacySignupService;
import dev.warden.application.legacy.service.LegacyTokenIssuer;
import dev.warden.application.legacy.service.LegacyTokenService;
import dev.warden.application.login.LoginAssembly;
import dev.warden.application.shared.Offer;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import java.util.List;

/**
 * The legacy API: its login and logout forms, its sign-up form, and its opaque tokens.
 *
 * @param issuer issues a legacy token for a login that another feature finished (a second factor)
 */
public record LegacyAssembly(LegacyTokenIssuer issuer, LegacyLoginUseCase legacyLogin,
                             LegacyLogoutUseCase legacyLogout, AuthenticateLegacyTokenUseCase authenticateLegacyToken,
                             LegacySignupUseCase legacySignup) {
    public static final List<Offer<LegacyAssembly, ?>> OFFERS = List.of(
            Offer.of(LegacyLoginUseCase.class, LegacyAssembly::legacyLogin),
            Offer.of(LegacyLogoutUseCase.class, LegacyAssembly::legacyLogout),
            Offer.of(AuthenticateLegacyTokenUseCase.class, LegacyAssembly::authenticateLegacyToken),
            Offer.of(LegacySignupUseCase.class, LegacyAssembly::legacySignup));

    public static LegacyAssembly of(LegacyTokenStore store, UserRepository users, Clock clock, IdGenerator ids,
                                    LegacyTokenSettings settings, LoginAssembly login, AccountAssembly accounts) {
        var issuer = new LegacyTokenIssuer(store, ids, clock, settings);
        var tokens = new LegacyTokenService(login.authenticator(), issuer, store, users, clock,
                login.telemetry());
        return new LegacyAssembly(issuer, tokens, tokens, tokens,
                new LegacySignupService(accounts.accounts(), accounts.register(), issuer));
    }
}
