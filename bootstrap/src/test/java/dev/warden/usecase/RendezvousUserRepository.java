package dev.warden.usecase;

import dev.warden.application.account.port.out.UserRepository;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The accounts of another repository, where each change of an account waits until as many callers as expected are
 * about to change one: every caller has read what it decides on before any of them writes. It makes the worst
 * interleaving of concurrent use cases happen every time, without a sleep.
 */
final class RendezvousUserRepository implements UserRepository {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final UserRepository accounts;
    private final CyclicBarrier writers;

    RendezvousUserRepository(UserRepository accounts, int writers) {
        this.accounts = accounts;
        this.writers = new CyclicBarrier(writers);
    }

    private void meet() {
        try {
            writers.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the other writers never came", e);
        }
    }

    @Override
    public Optional<User> findById(UserId id) {
        return accounts.findById(id);
    }

    @Override
    public Optional<User> findByUsernameKey(String usernameKey) {
        return accounts.findByUsernameKey(usernameKey);
    }

    @Override
    public Optional<User> findByEmailKey(String emailKey) {
        return accounts.findByEmailKey(emailKey);
    }

    @Override
    public Optional<User> findByProviderIdentity(String provider, String subject) {
        return accounts.findByProviderIdentity(provider, subject);
    }

    @Override
    public void add(User user) {
        meet();
        accounts.add(user);
    }

    @Override
    public void update(User user) {
        meet();
        accounts.update(user);
    }

    @Override
    public void recordLogin(UserId id, Instant at) {
        accounts.recordLogin(id, at);
    }

    @Override
    public void replacePasswordHash(UserId id, String passwordHash) {
        accounts.replacePasswordHash(id, passwordHash);
    }

    @Override
    public void markEmailVerified(UserId id) {
        accounts.markEmailVerified(id);
    }

    @Override
    public void rename(UserId id, String firstName, String lastName) {
        accounts.rename(id, firstName, lastName);
    }

    @Override
    public List<User> page(int offset, int limit, Optional<String> keyPrefix) {
        return accounts.page(offset, limit, keyPrefix);
    }

    @Override
    public long count(Optional<String> keyPrefix) {
        return accounts.count(keyPrefix);
    }

    @Override
    public void delete(UserId id) {
        meet();
        accounts.delete(id);
    }

    @Override
    public boolean updateKeepingAnActiveSuperuser(User user) {
        meet();
        return accounts.updateKeepingAnActiveSuperuser(user);
    }

    @Override
    public boolean deleteKeepingAnActiveSuperuser(UserId id) {
        meet();
        return accounts.deleteKeepingAnActiveSuperuser(id);
    }
}
