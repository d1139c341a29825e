package dev.warden.domain.oauth;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * An OAuth client's request for an authorization code (RFC 6749 §4.1) with PKCE (RFC 7636, S256 only): where the
 * code goes, the client's state that goes with it, the challenge its verifier must answer, and where the client
 * means to go once signed in (kept for it, never followed by the service).
 */
public record ClientAuthorization(URI redirectUri, String state, String codeChallenge,
                                  Optional<String> afterCallbackRedirectUrl) {
    public ClientAuthorization {
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(codeChallenge, "codeChallenge");
        afterCallbackRedirectUrl = afterCallbackRedirectUrl == null ? Optional.empty() : afterCallbackRedirectUrl;
    }

    /** Whether {@code verifier} is the one the challenge was made from: base64url(SHA-256(verifier)), unpadded. */
    public boolean answeredBy(String verifier) {
        if (verifier == null || verifier.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(s256(verifier).getBytes(StandardCharsets.US_ASCII),
                codeChallenge.getBytes(StandardCharsets.US_ASCII));
    }

    /** The redirect URI with {@code code} and the client's {@code state} added to whatever query it has. */
    public URI redirectWith(String code) {
        var text = redirectUri.toString();
        var fragment = text.indexOf('#');
        var base = fragment < 0 ? text : text.substring(0, fragment);
        var separator = base.contains("?") ? (base.endsWith("?") || base.endsWith("&") ? "" : "&") : "?";
        return URI.create(base + separator + "code=" + encode(code) + "&state=" + encode(state)
                + (fragment < 0 ? "" : text.substring(fragment)));
    }

    /** PKCE S256 (RFC 7636 §4.2). */
    public static String s256(String verifier) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ClientAuthorization[" + redirectUri.getHost() + "]";
    }
}
