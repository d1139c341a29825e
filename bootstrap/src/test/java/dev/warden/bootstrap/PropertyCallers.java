package dev.warden.bootstrap;

import dev.warden.adapter.memory.InMemoryOutbox;
import dev.warden.application.mail.port.out.MailMessage;
import dev.warden.testkit.WardenClient;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The credentials that an operation's {@code security} asks for, so that the generated requests reach what the
 * operation does rather than its 401: the administrator on {@code /api/admin}, a newly registered user on every other
 * bearer operation (so that no request finds its user deleted, logged out or changed by another one), and on
 * {@code /api/v1} the headers of Stack's clients with the access token of a newly signed-up user. Every new user has
 * verified their address by the link of their mail, so that the operations that ask for it are tested beyond that.
 */
final class PropertyCallers {
    static final String ADMIN = "props-admin";
    static final String PASSWORD = WardenClient.DEFAULT_PASSWORD;
    private static final List<String> STACK_CLIENT = List.of("x-stack-access-type", "server", "x-stack-project-id",
            "internal", "x-stack-publishable-client-key", "pck_example", "x-stack-secret-server-key", "ssk_example");

    private static final Duration MAIL_WAIT = Duration.ofSeconds(10);
    private static final Duration MAIL_POLL = Duration.ofMillis(5);

    private final Api api;
    private final InMemoryOutbox outbox;
    private String adminAuthorization;

    PropertyCallers(Api api, InMemoryOutbox outbox) {
        this.api = api;
        this.outbox = outbox;
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
            headers.addAll(List.of("Authorization", operation.path().startsWith("/api/admin/") ? admin() : user()));
        }
        return headers.toArray(String[]::new);
    }

    private synchronized String admin() {
        if (adminAuthorization == null || api.get("/api/auth/me", "Authorization", adminAuthorization).status() != 200) {
            adminAuthorization = api.kit().tokensFor(ADMIN, PASSWORD).authorization();
        }
        return adminAuthorization;
    }

    private String user() {
        var user = api.kit().register(WardenClient.unique("props"));
        verify(user.email());
        return api.kit().tokensFor(user).authorization();
    }

    private String stackAccessToken() {
        var email = WardenClient.unique("props") + "@example.com";
        var reply = api.post("/api/v1/auth/password/sign-up", Map.of("email", email, "password", PASSWORD),
                STACK_CLIENT.toArray(String[]::new));
        if (reply.status() != 200) {
            throw new IllegalStateException("no Stack-style user to call with: " + reply.status() + " " + reply.text());
        }
        verify(email);
        return reply.string("access_token");
    }

    /** Follows the link of the verification mail to {@code address}, which may still be on its way. */
    private void verify(String address) {
        var deadline = Instant.now().plus(MAIL_WAIT);
        var mail = verificationMail(address);
        while (mail.isEmpty() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(MAIL_POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            mail = verificationMail(address);
        }
        var link = URI.create(mail.orElseThrow(() -> new IllegalStateException("no verification mail to " + address))
                .link());
        var reply = api.get(link.getRawQuery() == null ? link.getRawPath() : link.getRawPath() + "?" + link.getRawQuery());
        if (reply.status() != 200) {
            throw new IllegalStateException("the verification link of " + address + " answered " + reply.status());
        }
    }

    private Optional<MailMessage> verificationMail(String address) {
        return outbox.sentTo(address).stream().filter(mail -> mail.subject().equals(MailedService.VERIFY_SUBJECT))
                .findFirst();
    }
}
