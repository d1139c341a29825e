package dev.warden.bootstrap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One {@code Set-Cookie} header as a browser reads it: name, value, and attributes by lower-case name. */
record SetCookie(String name, String value, Map<String, String> attributes) {
    static final String SESSION = "session_id";

    static SetCookie parse(String header) {
        var parts = header.split(";");
        var pair = parts[0].strip();
        int equals = pair.indexOf('=');
        var attributes = new LinkedHashMap<String, String>();
        for (int i = 1; i < parts.length; i++) {
            var part = parts[i].strip();
            int eq = part.indexOf('=');
            var key = (eq < 0 ? part : part.substring(0, eq)).toLowerCase(Locale.ROOT);
            attributes.put(key, eq < 0 ? "" : part.substring(eq + 1));
        }
        return new SetCookie(pair.substring(0, equals), pair.substring(equals + 1), Map.copyOf(attributes));
    }

    /** Every {@code session_id} cookie that the reply sets. */
    static List<SetCookie> sessionCookiesOf(Api.Reply reply) {
        return reply.headers().entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(entry -> entry.getValue().stream())
                .map(SetCookie::parse)
                .filter(cookie -> cookie.name().equals(SESSION))
                .toList();
    }

    /** The one {@code session_id} cookie that the reply sets; fails when there is none or more than one. */
    static SetCookie sessionCookieOf(Api.Reply reply) {
        var cookies = sessionCookiesOf(reply);
        if (cookies.size() != 1) {
            throw new AssertionError("expected one session_id cookie, got " + cookies + " in " + reply.headers());
        }
        return cookies.getFirst();
    }

    Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name.toLowerCase(Locale.ROOT)));
    }

    boolean has(String flag) {
        return attributes.containsKey(flag.toLowerCase(Locale.ROOT));
    }

    /** The request header that sends this cookie back. */
    String header() {
        return name + "=" + value;
    }
}
