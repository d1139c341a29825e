package dev.warden.bootstrap;

import dev.warden.adapter.web.security.CrossSiteRequests;
import dev.warden.application.passkey.PasskeySettings;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;

/** What the web adapter takes from the settings. */
@Factory
class WebFactory {

    /** Created at start, so that a malformed allowed origin stops the service there. */
    @Context
    CrossSiteRequests crossSiteRequests(AuthSettings settings, PasskeySettings passkeys) {
        return settings.crossSiteRequests(passkeys.origins());
    }
}
