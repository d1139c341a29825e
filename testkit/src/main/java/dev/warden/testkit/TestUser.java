package dev.warden.testkit;

/**
 * An account that exists on the Warden under test, with the password it signs in with.
 *
 * @param id       the account's id (the {@code id} of {@code /api/auth/me}, the {@code sub} of its access tokens)
 * @param username the username it was registered with
 * @param email    its email address
 * @param password its password
 */
public record TestUser(String id, String username, String email, String password) {
}
