package dev.warden.application.oauth.port.in;

import dev.warden.application.token.port.in.TokenPair;

/** Sign-in through an identity provider: the redirect there, then the callback back. */
public interface OAuthLoginUseCase {

    /** The names of the configured identity providers ({@code github}, {@code google}), in alphabetical order. */
    java.util.List<String> providers();

    /** A fresh state and PKCE pair, remembered for ten minutes; UnknownProvider for one not configured. */
    OAuthRedirect start(String provider);

    /**
     * Checks the state (single use, this browser, this provider, not expired: InvalidOAuthState otherwise),
     * exchanges the code, applies the account-linking rules and starts a token family.
     */
    TokenPair complete(OAuthCallbackCommand command);
}
