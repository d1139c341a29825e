package dev.warden.application.shared.port.in;

import dev.warden.domain.error.AuthError;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * A page of the client's that a mailed link opens with the mailed code appended ({@code ?code=…}, or {@code &code=…}
 * after a query it has): Stack's {@code callback_url}. Always an absolute http(s) URL without user info or fragment;
 * whether its origin may be linked to is the allow-list's say (the service's public URL and
 * {@code AUTH_ALLOWED_CALLBACK_ORIGINS}).
 */
public record CallbackUrl(URI uri) {

    public CallbackUrl {
        Objects.requireNonNull(uri, "uri");
        if (absoluteHttp(uri) == null) {
            throw new AuthError.CallbackNotAllowed().exception();
        }
    }

    /**
     * The URL as a client sent it: CallbackNotAllowed for anything but an absolute http(s) URL, which has no origin
     * that could be allowed (blank included: whether a missing one is allowed is the caller's question).
     */
    public static CallbackUrl parse(String text) {
        if (text == null) {
            throw new AuthError.CallbackNotAllowed().exception();
        }
        try {
            var uri = absoluteHttp(new URI(text.strip()));
            if (uri == null) {
                throw new AuthError.CallbackNotAllowed().exception();
            }
            return new CallbackUrl(uri);
        } catch (URISyntaxException e) {
            throw new AuthError.CallbackNotAllowed().exception();
        }
    }

    private static URI absoluteHttp(URI uri) {
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean http = scheme.equals("http") || scheme.equals("https");
        return http && uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawFragment() == null
                ? uri : null;
    }

    /** {@code scheme://host[:port]} in lower case, without the scheme's default port. */
    public String origin() {
        return originOf(uri.toString());
    }

    /**
     * Whether the URL already holds a {@code code} parameter: it would put a second one, chosen by whoever asked,
     * beside ours in the mailed link, and a page reading the first would act on the asker's code.
     */
    public boolean carriesCode() {
        return carries("code");
    }

    /** Whether the URL's query already holds a parameter {@code name} (in any case). */
    public boolean carries(String name) {
        var query = uri.getRawQuery();
        if (query == null) {
            return false;
        }
        for (var pair : query.split("&")) {
            if (URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** The link that opens this page with {@code code}. */
    public String withCode(String code) {
        return uri + (uri.getRawQuery() == null ? "?" : "&") + "code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    /**
     * The origin of an absolute URL ({@code scheme://host[:port]} in lower case, without the scheme's default port);
     * IllegalArgumentException when it is not absolute.
     */
    public static String originOf(String url) {
        try {
            var uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("not an absolute URL: " + url);
            }
            var scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an absolute URL: " + url, e);
        }
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
