package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@MicronautTest
class ConcurrentRegistrationHttpTest {
    private static final String PASSWORD = "Corr3ct-Horse-Battery";
    private static final int CONTENDERS = 20;

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void twentySimultaneousRegistrationsOfOneUsernameCreateExactlyOneAccount() throws Exception {
        var api = new Api(server.getURL(), json);
        var name = "race" + UUID.randomUUID().toString().substring(0, 8);
        var start = new CountDownLatch(1);
        var replies = new ArrayList<Future<Api.Reply>>();
        try (var pool = Executors.newFixedThreadPool(CONTENDERS)) {
            for (int i = 0; i < CONTENDERS; i++) {
                var email = name + "-" + i + "@example.com";
                replies.add(pool.submit(() -> {
                    start.await();
                    return api.post("/api/auth/register", Map.of("username", name, "email", email, "password", PASSWORD));
                }));
            }
            start.countDown();
        }

        var results = new ArrayList<Api.Reply>();
        for (var reply : replies) {
            results.add(reply.get());
        }
        var byStatus = results.stream().collect(Collectors.groupingBy(Api.Reply::status, Collectors.counting()));
        assertThat(byStatus).containsOnlyKeys(201, 409).containsEntry(201, 1L).containsEntry(409, 19L);
        assertThat(results).filteredOn(reply -> reply.status() == 409)
                .extracting(Api.Reply::detail).containsOnly("Username already registered");
        var winner = results.stream().filter(reply -> reply.status() == 201).findFirst().orElseThrow();
        var login = api.post("/api/auth/login", Map.of("username", name, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        var me = api.get("/api/auth/me", "Authorization", Api.bearer(login.string("access_token")));
        assertThat(me.body()).containsEntry("id", winner.string("id")).containsEntry("email", winner.string("email"));
    }
}
