package dev.warden.adapter.web.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/**
 * The session cookie: {@code session_id}, HttpOnly, SameSite=Lax, Path=/, Max-Age of the session lifetime,
 * and Secure in the {@code prod} environment (or when {@code auth.session.secure-cookie} says so).
 */
@Singleton
public class SessionCookies {
    public static final String NAME = "session_id";

    private final boolean secure;

    SessionCookies(Environment environment, @Value("${auth.session.secure-cookie:}") String secureCookie) {
        this.secure = secureCookie == null || secureCookie.isBlank()
                ? environment.getActiveNames().contains("prod")
                : Boolean.parseBoolean(secureCookie.strip());
    }

    public Cookie issue(String secret, Duration lifetime) {
        return base(secret).maxAge(lifetime);
    }

    /** The instruction to forget the cookie: empty value, Max-Age=0. */
    public Cookie clear() {
        return base("").maxAge(0);
    }

    /** Whether cookies of this service are Secure (prod, or auth.session.secure-cookie). */
    public boolean secure() {
        return secure;
    }

    public Optional<String> secretOf(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).map(Cookie::getValue).filter(value -> !value.isBlank());
    }

    private Cookie base(String value) {
        return Cookie.of(NAME, value).path("/").httpOnly(true).sameSite(SameSite.Lax).secure(secure);
    }
}
