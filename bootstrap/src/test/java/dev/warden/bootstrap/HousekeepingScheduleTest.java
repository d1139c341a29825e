package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.housekeeping.port.in.HousekeepingUseCase;
import dev.warden.application.token.port.out.RevokedAccessTokens;
import dev.warden.domain.user.UserId;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sweep is scheduled by {@code AUTH_HOUSEKEEPING_INTERVAL}, and not at all with {@code off}. */
class HousekeepingScheduleTest {

    @Test
    void theScheduledSweepRemovesExpiredRevocations() throws Exception {
        try (var context = ApplicationContext.run(Map.of("auth.secrets.key", "",
                "auth.housekeeping.interval", "100ms", "auth.housekeeping.initial-delay", "0s"), "test",
                Storage.MEMORY)) {
            var revocations = context.getBean(RevokedAccessTokens.class);
            var expired = UUID.randomUUID().toString();
            var live = UUID.randomUUID().toString();
            revocations.revoke(expired, new UserId(UUID.randomUUID()), Instant.now().minusSeconds(1));
            revocations.revoke(live, new UserId(UUID.randomUUID()), Instant.now().plusSeconds(3600));

            long deadline = System.nanoTime() + 10_000_000_000L;
            while (revocations.isRevoked(expired) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            assertThat(revocations.isRevoked(expired)).isFalse();
            assertThat(revocations.isRevoked(live)).isTrue();
        }
    }

    @Test
    void offSchedulesNothingButTheUseCaseIsThere() {
        try (var context = ApplicationContext.run(Map.of("auth.secrets.key", "",
                "auth.housekeeping.interval", "off"), "test", Storage.MEMORY)) {
            assertThat(context.findBean(HousekeepingSchedule.class)).isEmpty();
            assertThat(context.getBean(HousekeepingUseCase.class).sweep().ran()).isTrue();
        }
    }
}
