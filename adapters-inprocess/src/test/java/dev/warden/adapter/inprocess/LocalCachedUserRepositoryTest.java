package dev.warden.adapter.inprocess;

import static dev.warden.application.account.port.out.TestUsers.storedIn;
import static dev.warden.application.account.port.out.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.adapter.memory.InMemoryUserRepository;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.account.port.out.UserRepositoryContract;
import dev.warden.domain.user.User;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LocalCachedUserRepositoryTest extends UserRepositoryContract {
    private final InMemoryUserRepository durable = new InMemoryUserRepository();
    private final LocalCachedUserRepository cached = new LocalCachedUserRepository(durable);

    @Override
    protected UserRepository repository() {
        return cached;
    }

    private User stored() {
        return storedIn(cached, "cached");
    }

    @Test
    void everyWriteThroughItIsSeenByTheNextRead() {
        var user = stored();
        assertThat(cached.findById(user.id())).contains(user);

        cached.update(new User(user.id(), user.username(), user.email(), user.passwordHash(), user.firstName(),
                user.lastName(), false, user.staff(), user.superuser(), user.emailVerified(), user.membership(),
                user.oauthProvider(), user.oauthId(), user.dateJoined(), user.lastLogin()));
        assertThat(cached.findById(user.id()).orElseThrow().active()).isFalse();

        cached.markEmailVerified(user.id());
        assertThat(cached.findById(user.id()).orElseThrow().emailVerified()).isTrue();

        cached.recordLogin(user.id(), Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(cached.findById(user.id()).orElseThrow().lastLogin()).contains(Instant.parse("2026-02-01T00:00:00Z"));

        cached.replacePasswordHash(user.id(), "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA");
        assertThat(cached.findById(user.id()).orElseThrow().passwordHash())
                .contains("$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA");

        cached.delete(user.id());
        assertThat(cached.findById(user.id())).isEmpty();
    }

    @Test
    void aCachedAccountIsReadWithoutTheDurableStore() {
        var user = stored();
        assertThat(cached.findById(user.id())).contains(user);

        // changed behind its back (what only another writer could do): not seen, by design
        durable.markEmailVerified(user.id());

        assertThat(cached.findById(user.id()).orElseThrow().emailVerified()).isFalse();
    }
}
