package dev.warden.application.oauth.service;

import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.account.service.MailboxTakeover;
import dev.warden.application.account.service.OAuthUsernames;
import dev.warden.application.login.service.SecondFactorGate;
import dev.warden.application.oauth.port.in.OAuthCallbackCommand;
import dev.warden.application.oauth.port.in.OAuthLoginUseCase;
import dev.warden.application.oauth.port.in.OAuthRedirect;
import dev.warden.application.oauth.port.out.IdentityProvider;
import dev.warden.application.oauth.port.out.PendingLogin;
import dev.warden.application.oauth.port.out.PendingLoginStore;
import dev.warden.application.session.service.SignOuts;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.token.port.in.TokenPair;
import dev.warden.application.token.service.TokenIssuer;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.mfa.MfaChallenge;
import dev.warden.domain.oauth.AccountLinking;
import dev.warden.domain.oauth.ProviderIdentity;
import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

public final class OAuthLoginService implements OAuthLoginUseCase {
    static final Duration STATE_LIFETIME = Duration.ofMinutes(10);

    private final Map<String, IdentityProvider> providers;
    private final PendingLoginStore pending;
    private final UserRepository users;
    private final OAuthUsernames usernames;
    private final TokenIssuer issuer;
    private final IdGenerator ids;
    private final Clock clock;
    private final String publicUrl;
    private final SecondFactorGate gate;
    private final MailboxTakeover takeover;

    public OAuthLoginService(List<IdentityProvider> providers, PendingLoginStore pending, UserRepository users,
                             OAuthUsernames usernames, TokenIssuer issuer, IdGenerator ids, Clock clock,
                             String publicUrl, SecondFactorGate gate, MailboxTakeover takeover) {
        this.takeover = takeover;
        this.providers = providers.stream().collect(Collectors.toUnmodifiableMap(IdentityProvider::name, Function.identity()));
        this.pending = pending;
        this.users = users;
        this.usernames = usernames;
        this.issuer = issuer;
        this.ids = ids;
        this.clock = clock;
        this.gate = gate;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public List<String> providers() {
        return providers.keySet().stream().sorted().toList();
    }

    @Override
    public OAuthRedirect start(String providerName) {
        var provider = provider(providerName);
        var state = ids.newSecret();
        var verifier = ids.newSecret();
        var browserKey = ids.newSecret();
        pending.save(new PendingLogin(TokenDigest.of(state), provider.name(), verifier, TokenDigest.of(browserKey),
                clock.now().plus(STATE_LIFETIME)));
        return new OAuthRedirect(provider.authorizationUri(state, challenge(verifier), redirectUri(provider)),
                browserKey, STATE_LIFETIME);
    }

    @Override
    public TokenPair complete(OAuthCallbackCommand command) {
        var provider = provider(command.provider());
        var login = pending.take(TokenDigest.of(command.state()), clock.now())
                .filter(candidate -> candidate.provider().equals(provider.name()))
                .filter(candidate -> candidate.browserKeyHash().equals(TokenDigest.of(command.browserKey())))
                .orElseThrow(() -> new AuthError.InvalidOAuthState().exception());
        var identity = provider.identify(command.code(), login.codeVerifier(), redirectUri(provider));
        var user = accountFor(identity);
        gate.admit(user, MfaChallenge.Purpose.TOKENS, command.client());
        users.recordLogin(user.id(), clock.now());
        return issuer.startFamily(user, command.client());
    }

    private User accountFor(ProviderIdentity identity) {
        identity.email().ifPresent(OAuthLoginService::providerEmail);
        var byIdentity = users.findByProviderIdentity(identity.provider(), identity.subject());
        var byEmail = identity.email().map(Email::keyOf).flatMap(users::findByEmailKey);
        return switch (AccountLinking.decide(identity, byIdentity, byEmail)) {
            case AccountLinking.SignIn(var user) -> user;
            case AccountLinking.Link(var user) -> {
                var linked = user.linkedTo(identity.provider(), identity.subject());
                users.update(linked);
                yield linked;
            }
            case AccountLinking.TakeOver(var user) ->
                    takeover.takeOver(user.linkedTo(identity.provider(), identity.subject()));
            case AccountLinking.Create() -> create(identity);
            case AccountLinking.Refuse(var reason) -> throw reason.exception();
        };
    }

    /** A new account; a concurrent sign-in of the same identity may win the insert, then that account is used. */
    private User create(ProviderIdentity identity) {
        var email = providerEmail(identity.email().orElseThrow());
        var user = User.fromProvider(new UserId(ids.newId()), usernames.available(identity.login(), email), email,
                identity.provider(), identity.subject(), identity.emailVerified(), identity.firstName(),
                identity.lastName(), clock.now());
        try {
            users.add(user);
            return user;
        } catch (RuntimeException e) {
            return users.findByProviderIdentity(identity.provider(), identity.subject()).orElseThrow(() -> e);
        }
    }

    /** The provider's address, which must be one: anything else is the provider's fault (502), not the client's. */
    private static Email providerEmail(String raw) {
        try {
            return Email.of(raw);
        } catch (dev.warden.domain.error.AuthException e) {
            throw new AuthError.ProviderError().exception();
        }
    }

    private IdentityProvider provider(String name) {
        var provider = providers.get(name);
        if (provider == null) {
            throw new AuthError.UnknownProvider().exception();
        }
        return provider;
    }

    private URI redirectUri(IdentityProvider provider) {
        return URI.create(publicUrl + "/api/auth/oauth/" + provider.name() + "/callback");
    }

    /** PKCE S256 (RFC 7636): base64url(SHA-256(verifier)) without padding. */
    static String challenge(String verifier) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
