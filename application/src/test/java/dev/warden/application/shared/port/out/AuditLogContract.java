package dev.warden.application.shared.port.out;

import static dev.warden.application.account.port.out.TestUsers.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.domain.audit.AuditEntry;
import dev.warden.domain.user.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} must do. Each adapter's test extends this class with an empty log. */
public abstract class AuditLogContract {

    protected abstract AuditLog log();

    @Test
    void entriesAreReadNewestFirstInPagesWithEverythingTheyHeld() {
        var actor = new UserId(UUID.randomUUID());
        var target = new UserId(UUID.randomUUID());
        var first = new AuditEntry(UUID.randomUUID(), T0, actor, "deactivate", target, "", "203.0.113.1");
        var second = new AuditEntry(UUID.randomUUID(), T0.plusSeconds(1), actor, "roles", target, "is_staff=true", "::1");
        var third = new AuditEntry(UUID.randomUUID(), T0.plusSeconds(2), actor, "delete", target, "username=ada", "");
        log().record(first);
        log().record(second);
        log().record(third);

        assertThat(log().count()).isEqualTo(3);
        assertThat(log().newestFirst(0, 2)).containsExactly(third, second);
        assertThat(log().newestFirst(2, 2)).containsExactly(first);
    }

    @Test
    void purgeOlderThanRemovesOldEntriesInBoundedBatchesAndKeepsTheRest() {
        var actor = new UserId(UUID.randomUUID());
        for (int i = 0; i < 3; i++) {
            log().record(new AuditEntry(UUID.randomUUID(), T0.minusSeconds(10 + i), actor, "deactivate", actor, "", ""));
        }
        var kept = new AuditEntry(UUID.randomUUID(), T0, actor, "roles", actor, "", "");
        log().record(kept);

        assertThat(log().purgeOlderThan(T0, 2)).isEqualTo(2);
        assertThat(Purges.drain(batch -> log().purgeOlderThan(T0, batch), 2)).isEqualTo(1);

        assertThat(log().count()).isEqualTo(1);
        assertThat(log().newestFirst(0, 10)).containsExactly(kept);
    }
}
