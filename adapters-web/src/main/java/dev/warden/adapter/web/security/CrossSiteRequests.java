package dev.warden.adapter.web.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which requests the session cookie may not authenticate, because a page of another site may have made the browser
 * send them (cross-site request forgery; SameSite=Lax lets a sibling site under the same registrable domain through).
 * OWASP's Origin verification with Fetch Metadata as the fallback: a request whose method may change state (any but
 * GET, HEAD, OPTIONS) is refused when
 * <ul>
 *   <li>its {@code Origin} is not one of the trusted origins (the public URL's and the configured ones), compared as
 *       {@code scheme://host[:port]}; {@code Origin: null} (sandboxed frames, {@code data:} pages, some redirects) is
 *       not trusted;</li>
 *   <li>or, without {@code Origin}, its {@code Sec-Fetch-Site} is anything but {@code same-origin} or {@code none}
 *       (typed or bookmarked by the user).</li>
 * </ul>
 * A request with neither header does not come from a browser that tells (curl, scripts, server-side clients) and is
 * not refused. Never compared with the {@code Host} header: a client chooses it, and behind a proxy it is not the public
 * host anyway.
 */
public final class CrossSiteRequests {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");
    private static final String SEC_FETCH_SITE = "Sec-Fetch-Site";

    private final Set<String> trustedOrigins;

    /**
     * Trusts the origins of these absolute http(s) URLs (a path is ignored).
     *
     * @throws IllegalArgumentException when one is not an absolute http(s) URL
     */
    public CrossSiteRequests(Set<String> trustedUrls) {
        this.trustedOrigins = trustedUrls.stream()
                .map(url -> originOf(url, false)
                        .orElseThrow(() -> new IllegalArgumentException("not an absolute http(s) URL: " + url)))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The trusted origins, as compared ({@code scheme://host[:port]}, lower case, no default port). */
    public Set<String> trustedOrigins() {
        return trustedOrigins;
    }

    /** Whether the session cookie must not authenticate this request. */
    boolean refused(HttpRequest<?> request) {
        if (SAFE_METHODS.contains(request.getMethodName().toUpperCase(Locale.ROOT))) {
            return false;
        }
        var origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin != null) {
            return originOf(origin, true).filter(trustedOrigins::contains).isEmpty();
        }
        var site = request.getHeaders().get(SEC_FETCH_SITE);
        return site != null && !OWN_FETCH_SITES.contains(site.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * {@code scheme://host[:port]} of an http(s) URL, in lower case and without the scheme's default port; empty when
     * it is not one (or, for an {@code Origin} header, when it says more than an origin: a path, query or user).
     */
    private static Optional<String> originOf(String value, boolean originOnly) {
        try {
            var uri = new URI(value.strip());
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            if (originOnly && (!uri.getRawPath().isEmpty() || uri.getRawQuery() != null
                    || uri.getRawFragment() != null)) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
