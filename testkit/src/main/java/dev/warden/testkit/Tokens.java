package dev.warden.testkit;

/**
 * The token pair of a login ({@code POST /api/auth/login}).
 *
 * @param accessToken  the access token, a JWT to send as {@code Authorization: Bearer}
 * @param refreshToken the refresh token, spent by {@code POST /api/auth/refresh}
 * @param expiresIn    the access token's lifetime in seconds
 */
public record Tokens(String accessToken, String refreshToken, long expiresIn) {

    /** The {@code Authorization} header value that carries the access token: {@code Bearer <access token>}. */
    public String authorization() {
        return "Bearer " + accessToken;
    }
}
