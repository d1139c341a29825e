package dev.warden.adapter.redis;

import dev.warden.domain.oauth.ClientAuthorization;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * An OAuth client's authorization as text fields of a stored value: each base64url, so that no character a client
 * sends can break the value apart; an absent after-callback URL is an empty field.
 */
final class ClientAuthorizations {
    static final int FIELDS = 4;

    private ClientAuthorizations() {}

    static List<String> fields(ClientAuthorization client) {
        return List.of(encode(client.redirectUri().toString()), encode(client.state()), encode(client.codeChallenge()),
                encode(client.afterCallbackRedirectUrl().orElse("")));
    }

    /** The authorization of {@link #fields}, from {@code parts[from]} on. */
    static ClientAuthorization parse(String[] parts, int from) {
        var after = decode(parts[from + 3]);
        return new ClientAuthorization(URI.create(decode(parts[from])), decode(parts[from + 1]),
                decode(parts[from + 2]), after.isEmpty() ? Optional.empty() : Optional.of(after));
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String field) {
        return new String(Base64.getUrlDecoder().decode(field), StandardCharsets.UTF_8);
    }
}
