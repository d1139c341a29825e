package dev.warden.adapter.web.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP Basic (RFC 7617), off unless {@code auth.basic.enabled}. The password crosses the wire with every
 * request, so where HTTPS is required ({@code prod}, or {@code auth.basic.require-https}) a request that did
 * not reach us over HTTPS, directly or through a trusted TLS-terminating proxy, is refused.
 */
@Singleton
class BasicAuthentication {
    static final String SCHEME = "Basic ";

    record Credentials(String username, String password) {
        @Override
        public String toString() {
            return "Credentials[username=" + username + "]";
        }
    }

    private final boolean enabled;
    private final boolean requireHttps;

    BasicAuthentication(Environment environment, @Value("${auth.basic.enabled:false}") boolean enabled,
                        @Value("${auth.basic.require-https:}") String requireHttps) {
        this.enabled = enabled;
        this.requireHttps = requireHttps == null || requireHttps.isBlank()
                ? environment.getActiveNames().contains("prod")
                : Boolean.parseBoolean(requireHttps.strip());
    }

    boolean enabled() {
        return enabled;
    }

    boolean requiresHttps() {
        return requireHttps;
    }

    /** The credentials of a {@code Basic} header value, or empty when it is not well-formed. */
    static Optional<Credentials> parse(String authorization) {
        try {
            var decoded = new String(Base64.getDecoder().decode(authorization.substring(SCHEME.length()).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
