package dev.warden.application.oauth;

import dev.warden.application.account.AccountAssembly;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.login.LoginAssembly;
import dev.warden.application.oauth.port.in.OAuthLoginUseCase;
import dev.warden.application.oauth.port.out.IdentityProvider;
import dev.warden.application.oauth.port.out.PendingLoginStore;
import dev.warden.application.oauth.service.OAuthLoginService;
import dev.warden.application.shared.Offer;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.token.TokenAssembly;
import java.util.List;

/** Signing in with an identity provider (GitHub, Google). */
public record OAuthAssembly(OAuthLoginUseCase oauthLogin) {
    public static final List<Offer<OAuthAssembly, ?>> OFFERS = List.of(
            Offer.of(OAuthLoginUseCase.class, OAuthAssembly::oauthLogin));

    /** {@code publicUrl}: where the service is reached, the base of the callback address the providers are given. */
    public static OAuthAssembly of(List<IdentityProvider> providers, PendingLoginStore pending, UserRepository users,
                                   Clock clock, IdGenerator ids, String publicUrl, AccountAssembly accounts,
                                   LoginAssembly login, TokenAssembly tokens) {
        return new OAuthAssembly(new OAuthLoginService(providers, pending, users, accounts.usernames(),
                tokens.issuer(), ids, clock, publicUrl, login.gate(), accounts.takeover()));
    }
}
