package dev.warden.application.oauth.port.in;

import dev.warden.application.token.port.in.TokenPair;
import java.net.URI;

/** How an identity-provider sign-in ends: signed in here, or an authorization code on its way to the client. */
public sealed interface OAuthCompletion {

    /** A sign-in of the service's own: a new token family. */
    record SignedIn(TokenPair tokens) implements OAuthCompletion {}

    /** A sign-in for an OAuth client: send the browser to {@code redirect}, the client's URI with code and state. */
    record CodeIssued(URI redirect) implements OAuthCompletion {
        @Override
        public String toString() {
            return "CodeIssued[" + redirect.getHost() + "]";
        }
    }
}
