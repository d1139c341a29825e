package dev.warden.application.signingkey.service;

import dev.warden.application.admin.port.in.Actor;
import dev.warden.application.shared.port.out.AuditLog;
import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import dev.warden.application.shared.port.out.ChangeNotices;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.shared.port.out.SecretBox;
import dev.warden.application.signingkey.port.in.KeyRing;
import dev.warden.application.signingkey.port.in.RotateSigningKeyUseCase;
import dev.warden.application.signingkey.port.in.SigningKeysUseCase;
import dev.warden.application.signingkey.port.in.VerificationKey;
import dev.warden.application.signingkey.port.out.SigningKey;
import dev.warden.application.signingkey.port.out.SigningKeyPairs;
import dev.warden.application.signingkey.port.out.SigningKeyStore;
import dev.warden.domain.audit.AuditEntry;
import dev.warden.domain.token.SigningKeyPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The token signing keys, shared by every instance through the {@link SigningKeyStore}. Private keys are sealed with
 * the secrets key (bound to their key id) before they are stored; a plain one of an earlier version is sealed when
 * first read, at start. The newest key signs; when the rotation period is over, or an administrator asks, the next
 * generation is stored (the store keeps one key per generation, so instances doing it at once agree on one) and
 * announced through {@link ChangeNotices}. Each instance reads the keys again when told, or every {@link #REREAD}
 * otherwise, which {@link SigningKeyPolicy#LATE_SIGNING} allows for; replaced keys verify until
 * {@link SigningKeyPolicy#retiresAt}, and are then removed from the store.
 */
public final class SigningKeyService implements SigningKeysUseCase, RotateSigningKeyUseCase {
    /** How long an instance signs with the keys it read, unless told of a new one. */
    public static final Duration REREAD = Duration.ofSeconds(30);
    /** Between two reads for a key id the ring lacks, or after a read that failed. */
    static final Duration RETRY = Duration.ofSeconds(1);
    private static final System.Logger LOG = System.getLogger(SigningKeyService.class.getName());

    private final SigningKeyStore store;
    private final SigningKeyPairs pairs;
    private final SecretBox box;
    private final Clock clock;
    private final IdGenerator ids;
    private final AuditLog audit;
    private final Optional<ChangeNotices> notices;
    private final SigningKeyPolicy policy;
    private final Object lock = new Object();
    /** Notices of new keys heard (or possibly missed): a read that saw fewer is out of date. */
    private final AtomicLong told = new AtomicLong();
    private final AtomicBoolean readingInBackground = new AtomicBoolean();
    private volatile Read read;
    /** The last read that was asked for a missing key id or that failed; guarded by {@link #lock}. */
    private Instant lastForcedRead = Instant.MIN;
    private boolean lastReadFailed;

    private record Read(KeyRing ring, Instant at, long told) {}

    /** Reads the keys (sealing plain ones, making the first): a key that cannot be opened stops the start here. */
    public SigningKeyService(SigningKeyStore store, SigningKeyPairs pairs, SecretBox box, Clock clock,
                             IdGenerator ids, AuditLog audit, Optional<ChangeNotices> notices,
                             SigningKeyPolicy policy) {
        this.store = store;
        this.pairs = pairs;
        this.box = box;
        this.clock = clock;
        this.ids = ids;
        this.audit = audit;
        this.notices = notices;
        this.policy = policy;
        notices.ifPresent(channel -> channel.listen(new ChangeNotices.Listener() {
            @Override
            public void heard(ChangeNotices.Notice notice) {
                if (notice instanceof ChangeNotices.SigningKeyRotated) {
                    told.incrementAndGet();
                }
            }

            @Override
            public void connected() {
                told.incrementAndGet(); // a notice may have been missed while the channel was down
            }

            @Override
            public void interrupted() {
                // the keys are read again every REREAD anyway
            }
        }));
        synchronized (lock) {
            read = readStore(clock.now());
        }
    }

    @Override
    public KeyRing inForce() {
        var current = read;
        return outOfDate(current) ? readAgain(current, false).ring() : current.ring();
    }

    @Override
    public KeyRing inForceWith(String keyId) {
        var ring = inForce();
        return ring.key(keyId).isPresent() ? ring : readAgain(read, true).ring();
    }

    @Override
    public KeyRing lastRead() {
        var current = read;
        if (outOfDate(current) && readingInBackground.compareAndSet(false, true)) {
            Thread.ofVirtual().name("signing-keys-read").start(() -> {
                try {
                    inForce();
                } finally {
                    readingInBackground.set(false);
                }
            });
        }
        return current.ring();
    }

    @Override
    public Rotated rotate(Actor actor) {
        synchronized (lock) {
            var now = clock.now();
            var keys = sealed(store.keys(pairs.algorithm()));
            var previous = keys.isEmpty() ? Optional.<SigningKey>empty() : Optional.of(keys.getLast());
            var next = successorOf(keys, now);
            audit.record(new AuditEntry(ids.newId(), now, actor.userId(), "rotate_signing_key", actor.userId(),
                    "kid=" + next.keyId() + previous.map(key -> ", previous=" + key.keyId()).orElse(""),
                    actor.clientAddress()));
            read = readStore(now);
            return new Rotated(next.keyId(), next.createdAt(), previous.map(SigningKey::keyId),
                    previous.map(key -> policy.retiresAt(next.createdAt())));
        }
    }

    private boolean outOfDate(Read current) {
        var now = clock.now();
        return current.told() != told.get() || now.isBefore(current.at()) || !now.isBefore(current.at().plus(REREAD))
                || policy.rotationDue(current.ring().signing().createdAt(), now);
    }

    /**
     * Reads the store again, unless another thread did since {@code seen} was current; a read for a missing key id or
     * after a failure waits {@link #RETRY} after the last such one. When the store cannot be read, or holds a newest
     * key that this secrets key does not open, the keys read before stay in force.
     */
    private Read readAgain(Read seen, boolean forMissingKey) {
        synchronized (lock) {
            if (read != seen) {
                return read;
            }
            var now = clock.now();
            if ((forMissingKey || lastReadFailed) && !now.isBefore(lastForcedRead)
                    && now.isBefore(lastForcedRead.plus(RETRY))) {
                return read;
            }
            if (forMissingKey || lastReadFailed) {
                lastForcedRead = now;
            }
            try {
                read = readStore(now);
                lastReadFailed = false;
            } catch (BackingServiceUnavailable | SealedUnderAnotherKey e) {
                lastReadFailed = true;
                lastForcedRead = now;
                LOG.log(System.Logger.Level.WARNING, "Token signing keys could not be read again ({0}); the ones "
                        + "read at {1} stay in force", e.getMessage(), read.at());
            }
            return read;
        }
    }

    /** Called under {@link #lock}. */
    private Read readStore(Instant now) {
        var seenNotices = told.get();
        var keys = new ArrayList<>(sealed(store.keys(pairs.algorithm())));
        if (keys.isEmpty() || policy.rotationDue(keys.getLast().createdAt(), now)) {
            keys.add(successorOf(keys, now));
        }
        var inForce = new ArrayList<VerificationKey>();
        for (int i = keys.size() - 1; i >= 0; i--) {
            var key = keys.get(i);
            var successor = i + 1 < keys.size() ? Optional.of(keys.get(i + 1).createdAt()) : Optional.<Instant>empty();
            var verifying = new VerificationKey(key.keyId(), key.algorithm(), key.publicKey(), key.createdAt(),
                    successor.map(policy::signedUntil), successor.map(policy::retiresAt));
            if (verifying.verifiesAt(now)) {
                inForce.add(verifying);
            } else {
                store.remove(key.keyId()); // retired: every token it signed is over
            }
        }
        var signing = keys.getLast();
        return new Read(new KeyRing(signing.keyId(), open(signing), inForce), now, seenNotices);
    }

    /** {@code keys} with every plain private key sealed, in the store too. */
    private List<SigningKey> sealed(List<SigningKey> keys) {
        return keys.stream().map(key -> {
            if (key.sealed()) {
                return key;
            }
            var sealedKey = key.sealedAs(box.seal(key.privateKey(), context(key.keyId())));
            if (store.seal(key.keyId(), sealedKey.privateKey())) {
                LOG.log(System.Logger.Level.INFO, "Token signing key {0} is sealed with the secrets key from now on",
                        key.keyId());
            }
            return sealedKey; // or as another instance sealed it at the same time: it opens to the same key
        }).toList();
    }

    /** Stores the next generation after the newest of {@code keys}: this one, or another instance's made meanwhile. */
    private SigningKey successorOf(List<SigningKey> keys, Instant now) {
        var generation = keys.isEmpty() ? 1 : keys.getLast().generation() + 1;
        var pair = pairs.generate();
        var keyId = ids.newId().toString();
        var candidate = new SigningKey(keyId, pairs.algorithm(), generation,
                box.seal(pair.getPrivate().getEncoded(), context(keyId)), true, pair.getPublic().getEncoded(), now);
        var kept = store.addIfAbsent(candidate);
        if (kept.keyId().equals(keyId)) {
            LOG.log(System.Logger.Level.INFO, "Token signing key {0} (generation {1}) signs from now on", keyId,
                    generation);
            notices.ifPresent(channel -> channel.announce(new ChangeNotices.SigningKeyRotated(keyId)));
        }
        return kept;
    }

    private byte[] open(SigningKey key) {
        try {
            return box.open(key.privateKey(), context(key.keyId()));
        } catch (IllegalStateException e) {
            throw new SealedUnderAnotherKey(key, e);
        }
    }

    /** What a sealed private key is bound to: its key id, so that it cannot be moved to another key's row. */
    private static String context(String keyId) {
        return "signing-key:" + keyId;
    }

    /** The newest key was sealed under another secrets key (AUTH_SECRETS_KEY changed, or differs between instances). */
    static final class SealedUnderAnotherKey extends IllegalStateException {
        SealedUnderAnotherKey(SigningKey key, Throwable cause) {
            super("token signing key " + key.keyId() + " was sealed with another secrets key: set the AUTH_SECRETS_KEY "
                    + "it was sealed with (the same on every instance), or delete its row from signing_keys to start "
                    + "with a new key (every access token it signed is then refused)", cause);
        }
    }
}
