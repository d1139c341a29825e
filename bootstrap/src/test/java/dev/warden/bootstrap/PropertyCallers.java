package dev.warden.bootstrap;

import dev.warden.testkit.WardenClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The credentials that an operation's {@code security} asks for, so that the generated requests reach what the
 * operation does rather than its 401: the administrator on {@code /api/admin}, a newly registered user on every other
 * bearer operation (so that no request finds its user deleted, logged out or changed by another one), and on
 * {@code /api/v1} the headers of Stack's clients with the access token of a newly signed-up user.
 */
final class PropertyCallers {
    static final String ADMIN = "props-admin";
    static final String PASSWORD = WardenClient.DEFAULT_PASSWORD;
    private static final List<String> STACK_CLIENT = List.of("x-stack-access-type", "server", "x-stack-project-id",
            "internal", "x-stack-publishable-client-key", "pck_example", "x-stack-secret-server-key", "ssk_example");

    private final Api api;
    private String adminAuthorization;

    PropertyCallers(Api api) {
        this.api = api;
    }

    /** The headers of a caller that {@code operation} admits, for one request. */
    String[] headersFor(OpenApiOperation operation) {
        var headers = new ArrayList<String>();
        if (operation.isStack()) {
            headers.addAll(STACK_CLIENT);
        }
        if (operation.security().contains("stack")) {
            headers.addAll(List.of("x-stack-access-token", stackAccessToken()));
        } else if (operation.security().contains("bearer")) {
            headers.addAll(List.of("Authorization", operation.path().startsWith("/api/admin/") ? admin()
                    : api.kit().tokensFor(api.kit().register(WardenClient.unique("props"))).authorization()));
        }
        return headers.toArray(String[]::new);
    }

    private synchronized String admin() {
        if (adminAuthorization == null || api.get("/api/auth/me", "Authorization", adminAuthorization).status() != 200) {
            adminAuthorization = api.kit().tokensFor(ADMIN, PASSWORD).authorization();
        }
        return adminAuthorization;
    }

    private String stackAccessToken() {
        var email = WardenClient.unique("props") + "@example.com";
        var reply = api.post("/api/v1/auth/password/sign-up", Map.of("email", email, "password", PASSWORD),
                STACK_CLIENT.toArray(String[]::new));
        if (reply.status() != 200) {
            throw new IllegalStateException("no Stack-style user to call with: " + reply.status() + " " + reply.text());
        }
        return reply.string("access_token");
    }
}
