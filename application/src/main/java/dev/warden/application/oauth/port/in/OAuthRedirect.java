package dev.warden.application.oauth.port.in;

import java.net.URI;
import java.time.Duration;

/**
 * Where to send the browser, and the browser key it must bring back (as a cookie) within {@code lifetime}; no key
 * (null) for a sign-in started for an OAuth client.
 */
public record OAuthRedirect(URI location, String browserKey, Duration lifetime) {
    @Override
    public String toString() {
        return "OAuthRedirect[" + location.getHost() + "]";
    }
}
