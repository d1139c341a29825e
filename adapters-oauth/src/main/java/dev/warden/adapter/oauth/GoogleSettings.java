package dev.warden.adapter.oauth;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/** AUTH_OAUTH_GOOGLE_*: Google (or any OpenID Connect stand-in) is enabled when a client id is set. */
@ConfigurationProperties("auth.oauth.google")
public record GoogleSettings(
        @Nullable String clientId,
        @Nullable String clientSecret,
        @Bindable(defaultValue = "https://accounts.google.com/o/oauth2/v2/auth") String authorizeUrl,
        @Bindable(defaultValue = "https://oauth2.googleapis.com/token") String tokenUrl,
        @Bindable(defaultValue = "https://openidconnect.googleapis.com/v1/userinfo") String userinfoUrl) {

    public boolean enabled() {
        return clientId != null && !clientId.isBlank();
    }

    @Override
    public String toString() {
        return "GoogleSettings[" + clientId + ", " + authorizeUrl + "]";
    }
}
