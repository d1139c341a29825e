package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static dev.warden.testkit.WardenClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.testkit.WardenClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One refresh token presented by several requests at once: one spends it, the others are replays. */
@MicronautTest
class ConcurrentRefreshHttpTest {
    private static final String PASSWORD = WardenClient.DEFAULT_PASSWORD;   // the kit registers users with it
    private static final int CONTENDERS = 10;
    /** The race is decided by scheduling; enough rounds make a lucky pass of a broken service unlikely. */
    private static final int ROUNDS = 10;

    @Inject
    Api api;
    private String name;

    @BeforeEach
    void registerAUser() {
        name = api.kit().register(unique("conc")).username();
    }

    @Test
    void simultaneousRefreshesWithOneTokenIssueAtMostOnePairAndNoServerError() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            var replies = refreshAtOnce(api.kit().tokensFor(name, PASSWORD).refreshToken());

            assertThat(replies).extracting(Api.Reply::status).as("round %d", round).isSubsetOf(200, 401);
            assertThat(replies).filteredOn(reply -> reply.status() == 200).as("round %d", round).hasSizeLessThanOrEqualTo(1);
            assertThat(replies).filteredOn(reply -> reply.status() == 401)
                    .extracting(Api.Reply::detail).containsOnly("Invalid refresh token");
        }
    }

    /**
     * The other requests are replays of a spent token, so the family is revoked: a pair that one request
     * won must die with it, even when the revocation raced the creation of that pair.
     */
    @Test
    void noPairOutlivesAFamilyRevokedByConcurrentReplays() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            var replies = refreshAtOnce(api.kit().tokensFor(name, PASSWORD).refreshToken());

            for (var winner : replies.stream().filter(reply -> reply.status() == 200).toList()) {
                var refresh = api.post("/api/auth/refresh", Map.of("refresh_token", winner.string("refresh_token")));
                var me = api.get("/api/auth/me", "Authorization", bearer(winner.string("access_token")));

                assertThat(refresh.status()).as("round %d: the winner's refresh token", round).isEqualTo(401);
                assertThat(me.status()).as("round %d: the winner's access token", round).isEqualTo(403);
            }
        }
    }

    private List<Api.Reply> refreshAtOnce(String refreshToken) throws InterruptedException, ExecutionException {
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<Api.Reply>>();
        try (var pool = Executors.newFixedThreadPool(CONTENDERS)) {
            for (int i = 0; i < CONTENDERS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return api.post("/api/auth/refresh", Map.of("refresh_token", refreshToken));
                }));
            }
            start.countDown();
        }
        var replies = new ArrayList<Api.Reply>();
        for (var future : futures) {
            replies.add(future.get());
        }
        return replies;
    }
}
