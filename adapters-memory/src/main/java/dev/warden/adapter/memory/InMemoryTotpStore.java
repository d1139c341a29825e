package dev.warden.adapter.memory;

import dev.warden.application.secondfactor.port.out.TotpStore;
import dev.warden.domain.mfa.TotpEnrollment;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** TOTP authenticators and recovery codes in process memory; each user's entry changes atomically. */
public final class InMemoryTotpStore implements TotpStore {
    private record Entry(TotpEnrollment enrollment, Set<String> recoveryCodeHashes) {}

    private final Map<UserId, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<TotpEnrollment> find(UserId userId) {
        return Optional.ofNullable(entries.get(userId)).map(Entry::enrollment);
    }

    @Override
    public boolean savePending(TotpEnrollment enrollment) {
        if (enrollment.enabled()) {
            throw new IllegalArgumentException("only a pending authenticator is saved this way");
        }
        var saved = new boolean[1];
        entries.compute(enrollment.userId(), (id, entry) -> {
            if (entry != null && entry.enrollment().enabled()) {
                return entry;
            }
            saved[0] = true;
            return new Entry(enrollment, Set.of());
        });
        return saved[0];
    }

    @Override
    public boolean enable(UserId userId, byte[] sealedSecret, Instant enabledAt, long step,
                          Set<String> recoveryCodeHashes) {
        var enabled = new boolean[1];
        entries.computeIfPresent(userId, (id, entry) -> {
            var current = entry.enrollment();
            if (current.enabled() || !Arrays.equals(current.sealedSecret(), sealedSecret)) {
                return entry;
            }
            enabled[0] = true;
            return new Entry(new TotpEnrollment(userId, sealedSecret, current.createdAt(), Optional.of(enabledAt), step),
                    Set.copyOf(recoveryCodeHashes));
        });
        return enabled[0];
    }

    @Override
    public boolean advanceStep(UserId userId, long step) {
        var advanced = new boolean[1];
        entries.computeIfPresent(userId, (id, entry) -> {
            var current = entry.enrollment();
            if (!current.enabled() || current.lastUsedStep() >= step) {
                return entry;
            }
            advanced[0] = true;
            return new Entry(new TotpEnrollment(userId, current.sealedSecret(), current.createdAt(),
                    current.enabledAt(), step), entry.recoveryCodeHashes());
        });
        return advanced[0];
    }

    @Override
    public boolean useRecoveryCode(UserId userId, String codeHash) {
        var used = new boolean[1];
        entries.computeIfPresent(userId, (id, entry) -> {
            if (!entry.recoveryCodeHashes().contains(codeHash)) {
                return entry;
            }
            used[0] = true;
            var left = new java.util.HashSet<>(entry.recoveryCodeHashes());
            left.remove(codeHash);
            return new Entry(entry.enrollment(), Set.copyOf(left));
        });
        return used[0];
    }

    @Override
    public int recoveryCodesLeft(UserId userId) {
        return Optional.ofNullable(entries.get(userId)).map(entry -> entry.recoveryCodeHashes().size()).orElse(0);
    }

    @Override
    public boolean delete(UserId userId) {
        return entries.remove(userId) != null;
    }
}
